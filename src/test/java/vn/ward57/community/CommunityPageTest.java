package vn.ward57.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/** The register's pages through their forms, on ward cd-trang (three residential groups) and the demo. */
@Ward57Test
class CommunityPageTest {

    static final String WARD = "cd-trang";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void ward() throws Exception {
        CommunityWards.create(mvc, jdbc, WARD, "Phường Trang", 3);
    }

    @Test
    void theListShowsAnHaisTeamsAgainstItsResidentialGroups() throws Exception {
        String page = page("canbo.anhai", "/wards/an-hai/community-teams");
        assertThat(page).contains("Số tổ công nghệ số cộng đồng: 247/247 tổ dân phố", "Tổ dân phố 247 (tdp-247)",
                "Xuất Excel", "Nhập từ tệp CSV/XLSX");
        // searching narrows the table (htmx asks for it alone)
        String found = mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/community-teams")
                        .param("q", "tdp-24").header("HX-Request", "true").with(as("canbo.anhai")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(found).contains("8 tổ", "tdp-240", "tdp-247").doesNotContain("tdp-239", "<header");
        byte[] xlsx = mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/community-teams/export")
                        .param("format", "xlsx").with(as("canbo.anhai")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(xlsx).startsWith('P', 'K');
    }

    @Test
    void anOfficerCreatesATeamAddsItsHeadAndLogsAnActivity() throws Exception {
        RequestPostProcessor officer = as("canbo." + WARD);
        // a group of another ward: the form comes back with the reason beside the field, nothing written
        String refused = mvc.perform(MockMvcRequestBuilders.post("/wards/" + WARD + "/community-teams").with(officer)
                        .with(csrf()).param("residentialGroup", "tdp-001").param("name", "Tổ lạ")
                        .param("foundedOn", "2026-01-05"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("field-error", "Tổ dân phố „tdp-001“ không thuộc Phường Trang.");
        String location = mvc.perform(MockMvcRequestBuilders.post("/wards/" + WARD + "/community-teams").with(officer)
                        .with(csrf()).param("residentialGroup", "g-01").param("name", "Tổ công nghệ số tổ 1")
                        .param("foundedOn", "2026-01-05"))
                .andExpect(redirectedUrlPattern("/wards/" + WARD + "/community-teams/*"))
                .andExpect(flash().attribute("flash", "Đã thêm tổ „Tổ công nghệ số tổ 1“."))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(MockMvcRequestBuilders.post(location + "/members").with(officer).with(csrf())
                        .param("fullName", "Nguyễn Thị Mai").param("role", "HEAD").param("phone", "0912 345 678")
                        .param("joinedOn", "2026-01-05"))
                .andExpect(redirectedUrl(location)).andExpect(flash().attribute("flash", "Đã thêm thành viên Nguyễn Thị Mai."));
        mvc.perform(MockMvcRequestBuilders.post(location + "/members").with(officer).with(csrf())
                        .param("fullName", "Lê Văn Tâm").param("role", "HEAD").param("joinedOn", "2026-02-01"))
                .andExpect(redirectedUrl(location)).andExpect(flash().attribute("flashError", "Tổ „Tổ công nghệ số tổ 1“ "
                        + "đã có tổ trưởng Nguyễn Thị Mai trong cùng thời gian; mỗi tổ chỉ có một tổ trưởng đang hoạt "
                        + "động. Hãy ghi ngày rời tổ cho tổ trưởng cũ trước."));
        mvc.perform(MockMvcRequestBuilders.post(location + "/activities").with(officer).with(csrf())
                        .param("heldOn", "2026-03-08").param("description", "Hướng dẫn cài đặt VNeID cho hội phụ nữ")
                        .param("residentsHelped", "42"))
                .andExpect(flash().attribute("flash", "Đã ghi hoạt động."));
        String detail = page("canbo." + WARD, location);
        assertThat(detail).contains("Tổ công nghệ số tổ 1", "Nguyễn Thị Mai", "0912 345 678",
                "Hướng dẫn cài đặt VNeID cho hội phụ nữ", "08/3/2026", "42").doesNotContain("Lê Văn Tâm");
        // the officer is offered the team's edit link and its delete button
        assertThat(detail).contains("href=\"" + location + "/edit\"", "action=\"" + location + "/delete\"",
                "Sửa thông tin tổ", "data-confirm=\"Xóa tổ „Tổ công nghệ số tổ 1“ cùng toàn bộ thành viên");
        // and each member's and activity's delete button
        assertThat(detail).containsPattern("action=\"" + location + "/members/\\d+/delete\"")
                .containsPattern("action=\"" + location + "/activities/\\d+/delete\"")
                .contains("data-confirm=\"Xóa Nguyễn Thị Mai khỏi danh sách?", "data-confirm=\"Xóa hoạt động này khỏi nhật ký?\"");
        assertThat(page("canbo." + WARD, "/wards/" + WARD + "/community-teams"))
                .contains("Số tổ công nghệ số cộng đồng: 1/3 tổ dân phố", "Nguyễn Thị Mai · 0912 345 678");
    }

    @Test
    void aRefusedImportShowsEachFaultyCell() throws Exception {
        var file = new MockMultipartFile("file", "to.csv", "text/csv",
                "Mã tổ dân phố,Tên tổ công nghệ số,Ngày thành lập\ng-09,Tổ 9,01/01/2026\n".getBytes(StandardCharsets.UTF_8));
        var result = mvc.perform(MockMvcRequestBuilders.multipart("/wards/" + WARD + "/community-teams/import")
                        .file(file).with(as("canbo." + WARD)).with(csrf()))
                .andExpect(redirectedUrl("/wards/" + WARD + "/community-teams"))
                .andExpect(flash().attribute("importKind", "teams"))
                .andExpect(flash().attribute("flash", "Đã nhận tệp „to.csv“; đang nhập ở chế độ nền, tiến độ hiện ngay dưới đây."))
                .andReturn();
        String panel = Api.awaitImportPanel(mvc, result, as("canbo." + WARD));
        assertThat(panel).startsWith("<section id=\"register-import\"")
                .contains("Tệp có 1 dòng lỗi (1 lỗi); chưa ghi dòng nào.", "g-09", "Tổ dân phố „g-09“ không thuộc Phường Trang.");
        assertThat(panel.split("<tr>").length - 2).as("the one fault, one row").isEqualTo(1);
        // the list follows the import beside the form it came from (teams), once, with the files' card open
        String shown = mvc.perform(MockMvcRequestBuilders.get("/wards/" + WARD + "/community-teams")
                        .flashAttrs(result.getFlashMap()).with(as("canbo." + WARD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("<details class=\"card\" open", "/imports/" + result.getFlashMap().get("registerImportId"));
        assertThat(shown.split("id=\"register-import\"", -1)).hasSize(2);
        assertThat(shown.indexOf("id=\"register-import\"")).isLessThan(shown.indexOf("community-team-members/import"));
    }

    @Test
    void aMembersFileImportedFromThePageIsFollowedBesideItsFormAndAMissingFileIsSaidAtOnce() throws Exception {
        mvc.perform(MockMvcRequestBuilders.multipart("/wards/" + WARD + "/community-teams/import")
                        .with(as("canbo." + WARD)).with(csrf()))
                .andExpect(redirectedUrl("/wards/" + WARD + "/community-teams"))
                .andExpect(flash().attribute("flashError", "Hãy chọn tệp CSV hoặc XLSX để nhập."));
        var file = new MockMultipartFile("file", "tv.csv", "text/csv",
                "Mã tổ dân phố,Họ và tên,Vai trò,Ngày tham gia\ng-03,Lý Văn Tư,Thành viên,01/04/2025\n"
                        .getBytes(StandardCharsets.UTF_8));
        var result = mvc.perform(MockMvcRequestBuilders.multipart("/wards/" + WARD + "/community-team-members/import")
                        .file(file).with(as("canbo." + WARD)).with(csrf()))
                .andExpect(flash().attribute("importKind", "members"))
                .andReturn();
        assertThat(Api.awaitImportPanel(mvc, result, as("canbo." + WARD)))
                .contains("Tổ dân phố „g-03“ chưa có tổ công nghệ số cộng đồng; hãy nhập tổ trước.");
        String shown = mvc.perform(MockMvcRequestBuilders.get("/wards/" + WARD + "/community-teams")
                        .flashAttrs(result.getFlashMap()).with(as("canbo." + WARD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(shown.split("id=\"register-import\"", -1)).hasSize(2);
        assertThat(shown.indexOf("id=\"register-import\"")).isGreaterThan(shown.indexOf("community-team-members/import"));
    }

    @Test
    void theGridIsAssessedRowByRowAndCountsTheGroupsMeetingAll() throws Exception {
        RequestPostProcessor leader = as("lanhdao." + WARD);
        for (String[] c : new String[][] {{"1", "VNEID", "Từ 80% người dân có VNeID"}, {"2", "ZALO", "Có nhóm Zalo"}}) {
            mvc.perform(MockMvcRequestBuilders.post("/wards/" + WARD + "/digital-groups/criteria").with(leader)
                            .with(csrf()).param("period", "2026S1").param("sortOrder", c[0]).param("code", c[1])
                            .param("name", c[2]))
                    .andExpect(redirectedUrl("/wards/" + WARD + "/digital-groups?period=2026S1"))
                    .andExpect(flash().attribute("flash", "Đã thêm tiêu chí " + c[1] + "."));
        }
        RequestPostProcessor officer = as("vh." + WARD);
        String grid = page("vh." + WARD, "/wards/" + WARD + "/digital-groups?period=2026S1");
        assertThat(grid).contains("Kỳ 6 tháng đầu năm 2026: 0 tổ dân phố đạt đủ tiêu chí Tổ dân phố số trên 0 tổ đã đánh giá "
                + "(3 tổ dân phố của phường).", "id=\"row-g-03\"", "Chưa đánh giá", "name=\"met\"")
                // an officer of a unit assesses but does not keep the checklist
                .doesNotContain("Thêm tiêu chí");
        // the leader who keeps it may delete a criterion not yet answered
        assertThat(page("lanhdao." + WARD, "/wards/" + WARD + "/digital-groups?period=2026S1"))
                .containsPattern("action=\"/wards/" + WARD + "/digital-groups/criteria/\\d+/delete\\?period=2026S1\"")
                .contains("data-confirm=\"Xóa tiêu chí „Có nhóm Zalo“?\"");
        // htmx saves one row and gets it back, ticked, and the page's count is told to refresh
        String row = mvc.perform(MockMvcRequestBuilders.post("/wards/" + WARD + "/digital-groups/g-01/2026S1")
                        .header("HX-Request", "true").with(officer).with(csrf())
                        .param("met", "VNEID").param("met", "ZALO").param("note", "Họp tổ ngày 20/6"))
                .andExpect(status().isOk()).andExpect(header().string("HX-Trigger", "digital-groups-saved"))
                .andReturn().getResponse().getContentAsString();
        assertThat(row).startsWith("<tr id=\"row-g-01\"").contains("light GREEN", "Đạt", "Họp tổ ngày 20/6")
                .doesNotContain("<html");
        assertThat(row.split("checked=\"checked\"", -1)).hasSize(3);
        // a plain post: an unticked box is saved as not met
        mvc.perform(MockMvcRequestBuilders.post("/wards/" + WARD + "/digital-groups/g-02/2026S1").with(officer)
                        .with(csrf()).param("met", "VNEID"))
                .andExpect(redirectedUrl("/wards/" + WARD + "/digital-groups?period=2026S1"))
                .andExpect(flash().attribute("flash", "Đã lưu đánh giá của Tổ dân phố 2."));
        assertThat(jdbc.sql("""
                select c.code || '=' || a.met from digital_group_assessment a
                join digital_group_criterion c on c.id = a.criterion_id
                join residential_group g on g.id = a.residential_group_id
                join ward w on w.id = a.ward_id
                where w.code = ? and g.code = 'g-02' and a.period = '2026S1' order by c.sort_order
                """).param(WARD).query(String.class).list()).containsExactly("VNEID=true", "ZALO=false");
        String summary = mvc.perform(MockMvcRequestBuilders.get("/wards/" + WARD + "/digital-groups/summary")
                        .param("period", "2026S1").header("HX-Request", "true").with(officer))
                .andReturn().getResponse().getContentAsString();
        assertThat(summary).contains("Kỳ 6 tháng đầu năm 2026: 1 tổ dân phố đạt đủ tiêu chí Tổ dân phố số trên 2 tổ đã đánh giá "
                + "(3 tổ dân phố của phường).");
        assertThat(page("vh." + WARD, "/wards/" + WARD + "/digital-groups?period=2026S1")).contains("Chưa đạt");
    }

    @Test
    void anHaisDemoAssessmentShowsOnItsPage() throws Exception {
        // demo-community.sql: 85 of 247 groups meet all five criteria in 2026S1, the latest period assessed
        assertThat(page("lanhdao.anhai", "/wards/an-hai/digital-groups")).contains("Kỳ 6 tháng đầu năm 2026: 85 tổ dân phố đạt đủ "
                + "tiêu chí Tổ dân phố số trên 247 tổ đã đánh giá (247 tổ dân phố của phường).", "Thêm tiêu chí",
                "Từ 70% cơ sở kinh doanh trên địa bàn nhận thanh toán bằng mã QR");
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
