package vn.ward57.breakthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/** The pages render the demo (Trung Thành's models and recommendations of seed 004), forms refuse in Vietnamese. */
@Ward57Test
class BreakthroughPageTest {

    private static final String MODELS = "/wards/trung-thanh/breakthroughs";
    private static final String RECOMMENDATIONS = "/wards/trung-thanh/recommendations";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private String page(String path, String username) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(MockMvcRequestBuilders.get(path).with(as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private long id(String table, String code) {
        return jdbc.sql("select t.id from " + table + " t join ward w on w.id = t.ward_id "
                + "where w.code = 'trung-thanh' and t.code = ?").param(code).query(Long.class).single();
    }

    @Test
    void theModelPagesShowTheDemoWithTheirLinks() throws Exception {
        assertThat(page(MODELS, "lanhdao.trungthanh")).contains("Mô hình camera an ninh tại 49 tổ dân phố",
                "Mô hình “TDP hưởng ứng phong trào Bình dân học vụ số”", "Đã nhân rộng", "Xuất CSV");
        assertThat(page(MODELS + "?status=PILOT", "lanhdao.trungthanh"))
                .contains("Mô hình “Tổ dân phố tiếp cận và sử dụng AI”").doesNotContain("camera an ninh tại 49");
        long task = jdbc.sql("select t.id from task t join ward w on w.id = t.ward_id where w.code = 'trung-thanh' "
                + "and t.code = 'KH96-07'").query(Long.class).single();
        String detail = page(MODELS + "/" + id("breakthrough", "MH-03"), "canbo.trungthanh");
        assertThat(detail).contains("499.000.000 đồng", "href=\"/tasks/" + task + "\"",
                "KH96-07 – Hoàn thiện hồ sơ, thủ tục đầu tư dự án Camera an ninh", "CAM-TDP – ",
                "Công an phường và các tổ dân phố");
        String mh03 = MODELS + "/" + id("breakthrough", "MH-03");
        assertThat(detail).contains("href=\"" + mh03 + "/edit\"", "action=\"" + mh03 + "/delete\"",
                "data-confirm=\"Xóa mô hình MH-03");
        assertThat(page(MODELS + "/" + id("breakthrough", "MH-03") + "/edit", "canbo.trungthanh"))
                .contains("Vấn đề cần giải quyết", "Kết quả định lượng")
                // each field with its label, its type and limit, filled from the model
                .contains("<label for=\"costVnd\">", "type=\"number\"", "value=\"499000000\"", "type=\"date\"",
                        "name=\"problem\"", "maxlength=\"4000\"", "rows=\"3\"");
        assertThat(page(MODELS + "/new", "canbo.trungthanh")).contains("Thêm mô hình");
    }

    @Test
    void aModelFormWithAMissingColumnShowsTheMessageAndWritesNothing() throws Exception {
        long before = OwnWard.count(jdbc, "breakthrough", "trung-thanh");
        String page = HtmlUtils.htmlUnescape(mvc.perform(MockMvcRequestBuilders.post(MODELS).with(as("canbo.trungthanh"))
                        .with(csrf()).param("code", "MH-TRANG").param("title", "Mô hình trang")
                        .param("problem", "Vấn đề").param("solution", "Giải pháp").param("contactName", "UBND")
                        .param("status", "RUNNING"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Chưa ghi „Kết quả định lượng“.");
        assertThat(OwnWard.count(jdbc, "breakthrough", "trung-thanh")).isEqualTo(before);
    }

    @Test
    void theRecommendationPagesShowBothGroupsAndTheFollowUp() throws Exception {
        String list = page(RECOMMENDATIONS, "lanhdao.trungthanh");
        assertThat(list.indexOf("I. Cơ quan, địa phương tự xử lý được"))
                .isLessThan(list.indexOf("Tiếp tục tuyên truyền, hướng dẫn người dân tham gia"))
                .isLessThan(list.indexOf("II. Cần sở, ngành, cấp trên hướng dẫn, phối hợp hoặc tháo gỡ"));
        assertThat(list.indexOf("II. Cần sở, ngành")).isLessThan(list.indexOf("Đề nghị hỗ trợ tập huấn, nâng cao kỹ năng"));
        assertThat(list).contains("31/12/2026", "(6 tháng cuối năm 2026)", "Đã gửi", "Đang xử lý");
        String detail = page(RECOMMENDATIONS + "/" + id("recommendation", "KN-05"), "canbo.trungthanh");
        assertThat(detail).contains("Sở Khoa học và Công nghệ", "Các cơ quan chuyên môn cấp trên", "12/6/2026",
                "Gửi Sở Khoa học và Công nghệ kèm Báo cáo sơ kết (Phụ lục X)", "Đã tiếp nhận", "Ghi theo dõi")
                .contains("href=\"" + RECOMMENDATIONS + "/" + id("recommendation", "KN-05") + "/edit\"",
                        "action=\"" + RECOMMENDATIONS + "/" + id("recommendation", "KN-05") + "/delete\"");
        assertThat(page(RECOMMENDATIONS + "/new", "canbo.trungthanh")).contains("Thẩm quyền xem xét, quyết định",
                "<label for=\"content\">", "name=\"expectedOutput\"", "maxlength=\"300\"");
        // an-hai's funds recommendation (deadline 30/6/2026, still sent) is the overdue one
        String overdue = page("/wards/an-hai/recommendations?overdue=true", "lanhdao.anhai");
        assertThat(overdue).contains("bố trí kinh phí bổ sung cho phường").doesNotContain("Nâng cấp, thay thế máy tính");
    }

    @Test
    void aFollowUpFromThePageMovesTheStatusForwardOnly() throws Exception {
        String api = "/api/v1/wards/trung-thanh/recommendations";
        String body = mvc.perform(vn.ward57.Api.post("canbo.trungthanh", api, RecommendationApiTest.recommendation(
                "KN-TRANG", "SELF", java.time.LocalDate.of(2026, 12, 31), null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
        String path = RECOMMENDATIONS + "/" + id;
        mvc.perform(MockMvcRequestBuilders.post(path + "/follow-ups").with(as("canbo.trungthanh")).with(csrf())
                .param("status", "DONE").param("note", "Đã xong")).andExpect(status().is3xxRedirection());
        mvc.perform(MockMvcRequestBuilders.post(path + "/follow-ups").with(as("canbo.trungthanh")).with(csrf())
                        .param("status", "PROPOSED"))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getFlashMap().get("flashError"))
                        .isEqualTo("Không chuyển được trạng thái từ „Đã xong“ sang „Đề xuất“."));
        assertThat(page(path, "canbo.trungthanh")).contains("Đã xong");
        mvc.perform(MockMvcRequestBuilders.post(path + "/delete").with(as("canbo.trungthanh")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from recommendation where id = ?").param(id).query(Long.class).single())
                .isZero();
    }

    @Test
    void bothPagesStartAnImportAndItsPanelFollowsItToTheEnd() throws Exception {
        OwnWard.create(mvc, jdbc, "dx-trang", "Phường Trang Đột Phá");
        String models = "/wards/dx-trang/breakthroughs";
        long before = OwnWard.count(jdbc, "breakthrough", "dx-trang");
        String csv = "Mã,Tên mô hình,Vấn đề cần giải quyết,Giải pháp thực hiện,Kết quả định lượng,Đầu mối liên hệ\n"
                + "TR-1,Mô hình trang một,Vấn đề,Giải pháp,Kết quả,UBND phường\n"
                + "TR-2,Mô hình trang hai,Vấn đề,Giải pháp,Kết quả,UBND phường\n";
        String panel = Api.awaitImportPanel(mvc, postFile(models, "mh.csv", csv), as("canbo.dx-trang"));
        assertThat(panel).startsWith("<section id=\"register-import\"").contains("Đã nhập 2 mô hình từ tệp.")
                .doesNotContain("Hủy lần nhập");
        assertThat(OwnWard.count(jdbc, "breakthrough", "dx-trang")).isEqualTo(before + 2);

        String recommendations = "/wards/dx-trang/recommendations";
        String header = "Mã,\"Nội dung đề xuất, kiến nghị\",\"Thẩm quyền xem xét, quyết định\",Cơ quan chủ trì xử lý,"
                + "Sản phẩm/kết quả đầu ra mong muốn,Thời hạn hoàn thành,Nhóm\n";
        panel = Api.awaitImportPanel(mvc, postFile(recommendations, "kn.csv", header
                + "TR-KN,Nội dung,UBND phường,UBND phường,Kết quả,31/12/2026,Cấp xã\n"), as("canbo.dx-trang"));
        assertThat(HtmlUtils.htmlUnescape(panel))
                .contains("Tệp có 1 dòng lỗi (1 lỗi); chưa ghi dòng nào. Sửa các ô được chỉ ra rồi nhập lại.", "Cấp xã");
        assertThat(OwnWard.count(jdbc, "recommendation", "dx-trang")).isZero();
        panel = Api.awaitImportPanel(mvc, postFile(recommendations, "kn.csv", header
                + "TR-KN,Nội dung,UBND phường,UBND phường,Kết quả,31/12/2026,SELF\n"), as("canbo.dx-trang"));
        assertThat(panel).contains("Đã nhập 1 đề xuất, kiến nghị từ tệp.");
        assertThat(OwnWard.count(jdbc, "recommendation", "dx-trang")).isOne();
        // a refusal at once is said on the page itself
        mvc.perform(MockMvcRequestBuilders.multipart(models + "/import").with(as("canbo.dx-trang")).with(csrf()))
                .andExpect(redirectedUrl(models))
                .andExpect(flash().attribute("flashError", "Hãy chọn tệp CSV hoặc XLSX để nhập."));
    }

    private MvcResult postFile(String page, String name, String csv) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart(page + "/import")
                        .file(new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(as("canbo.dx-trang")).with(csrf()))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("flash",
                        "Đã nhận tệp „" + name + "“; đang nhập ở chế độ nền, tiến độ hiện ngay dưới đây."))
                .andReturn();
    }
}
