package vn.ward57.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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

/** The people pages through their forms: staff list, an event recorded with its attendance and a file. */
@Ward57Test
class PeoplePageTest {

    static final String WARD = "th-trang";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void theDemoRegistersShowTheShareOfStaffTrained() throws Exception {
        RequestPostProcessor officer = user(accounts.loadUserByUsername("canbo.anhai"));
        String list = page("/wards/an-hai/training-events?asOf=2026-11-20", officer);
        assertThat(list).contains("id=\"staff-trained\"",
                "Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số: 40/53 = 75,47%",
                "Lớp bồi dưỡng an ninh mạng", "18/9/2025", "Trí tuệ nhân tạo (AI)", "312", "Xuất CSV");
        assertThat(page("/wards/an-hai/training-events?programme=OTHER&q=MOOCS", officer))
                .contains("MOOCS").doesNotContain("Lớp bồi dưỡng an ninh mạng");
        String staff = page("/wards/an-hai/staff?unit=quan-su", officer);
        assertThat(staff).contains("Ban Chỉ huy Quân sự", "Chỉ huy trưởng", "3 người").doesNotContain("Chánh Văn phòng");
        long eventId = jdbc.sql("select id from training_event where title = 'Lớp bồi dưỡng an ninh mạng'")
                .query(Long.class).single();
        assertThat(page("/wards/an-hai/training-events/" + eventId, officer))
                .contains("Công an thành phố Đà Nẵng phối hợp VNPT Đà Nẵng", "name=\"staffMemberIds\"", "checked");
        // another ward's page is refused
        mvc.perform(MockMvcRequestBuilders.get("/wards/trung-thanh/training-events").with(officer))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOfficerRecordsAnEventWithItsAttendanceAndAFileThroughThePages() throws Exception {
        PeopleWard.ensure(mvc, jdbc, WARD);
        RequestPostProcessor officer = user(accounts.loadUserByUsername("canbo." + WARD));
        String location = mvc.perform(MockMvcRequestBuilders.post("/wards/" + WARD + "/staff/new").with(officer).with(csrf())
                        .param("fullName", "Đinh Thị Hoa").param("unit", "vh").param("position", "Chuyên viên")
                        .param("inPostFrom", "2025-07-01"))
                .andExpect(redirectedUrlPattern("/wards/" + WARD + "/staff/*"))
                .andExpect(flash().attribute("flash", "Đã thêm „Đinh Thị Hoa“ vào danh sách cán bộ, công chức."))
                .andReturn().getResponse().getRedirectedUrl();
        long hoa = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        // errors beside the fields: a name missing, the leaving day before the start
        String refused = mvc.perform(MockMvcRequestBuilders.post("/wards/" + WARD + "/staff/new").with(officer).with(csrf())
                        .param("fullName", "").param("unit", "vh").param("inPostFrom", "2025-07-01")
                        .param("inPostTo", "2025-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("không được để trống");
        refused = mvc.perform(MockMvcRequestBuilders.post("/wards/" + WARD + "/staff/new").with(officer).with(csrf())
                        .param("fullName", "Sai Ngày").param("unit", "vh").param("inPostFrom", "2025-07-01")
                        .param("inPostTo", "2025-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Ngày thôi công tác (01/01/2025) phải sau ngày bắt đầu công tác (01/7/2025).");

        // an event with participants per group; a staff count over the one in post is shown beside the counts
        String form = mvc.perform(MockMvcRequestBuilders.post("/wards/" + WARD + "/training-events/new").with(officer)
                        .with(csrf()).param("heldOn", "2026-04-02").param("title", "Bồi dưỡng kỹ năng số")
                        .param("format", "BOTH").param("programme", "DIGITAL_SKILLS").param("participants[STAFF]", "7"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Số cán bộ, công chức phường tham gia (7) nhiều hơn số cán bộ, công chức đang công tác "
                + "tại phường ngày 02/4/2026 (1 người); hãy kiểm tra lại số liệu.");
        String event = mvc.perform(MockMvcRequestBuilders.post("/wards/" + WARD + "/training-events/new").with(officer)
                        .with(csrf()).param("heldOn", "2026-04-02").param("title", "Bồi dưỡng kỹ năng số")
                        .param("organiser", "UBND phường").param("format", "BOTH").param("programme", "DIGITAL_SKILLS")
                        .param("participants[RESIDENTS]", "20").param("participants[PUPILS]", "")
                        .param("certificatesIssued", "1"))
                .andExpect(redirectedUrlPattern("/wards/" + WARD + "/training-events/*"))
                .andExpect(flash().attribute("flash", "Đã ghi buổi tập huấn „Bồi dưỡng kỹ năng số“."))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(MockMvcRequestBuilders.post(event + "/attendance").with(officer).with(csrf())
                        .param("staffMemberIds", String.valueOf(hoa)))
                .andExpect(redirectedUrl(event))
                .andExpect(flash().attribute("flash", "Đã lưu danh sách tham dự: 1 cán bộ, công chức."));
        mvc.perform(MockMvcRequestBuilders.multipart(event + "/files").with(officer).with(csrf())
                        .file(new MockMultipartFile("file", "danh-sach.pdf", "application/pdf",
                                "%PDF-1.4 danh sách ký tên".getBytes(StandardCharsets.UTF_8))))
                .andExpect(flash().attribute("flash", "Đã lưu tệp đính kèm."));
        String detail = page(event, officer);
        assertThat(detail).contains("Bồi dưỡng kỹ năng số", "Trực tiếp và trực tuyến", "Đinh Thị Hoa", "danh-sach.pdf",
                "checked", "21");
        assertThat(detail).contains("action=\"" + event + "/delete\"",
                "data-confirm=\"Xóa buổi tập huấn „Bồi dưỡng kỹ năng số“ cùng danh sách tham dự và tệp đính kèm?\"");
        long fileId = jdbc.sql("select id from training_event_file where file_name = 'danh-sach.pdf'").query(Long.class).single();
        assertThat(mvc.perform(MockMvcRequestBuilders.get(event + "/files/" + fileId).with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("%PDF-1.4 danh sách ký tên");
        // the edit form takes the staff count from the attendance list
        assertThat(page(event + "/edit", officer)).contains("name=\"participants[STAFF]\"", "readonly",
                "Số cán bộ, công chức lấy theo danh sách tham dự");
        assertThat(page("/wards/" + WARD + "/training-events?asOf=2026-04-02", officer))
                .contains("Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số: 1/1 = 100,00%");
        assertThat(page("/wards/" + WARD + "/staff/" + hoa, officer)).contains("Đã tham gia tập huấn", "Bồi dưỡng kỹ năng số",
                "action=\"/wards/" + WARD + "/staff/" + hoa + "/delete\"",
                "data-confirm=\"Xóa „Đinh Thị Hoa“ khỏi danh sách cán bộ, công chức?\"");

        // someone on an attendance list is not deleted: their time in post is ended instead
        mvc.perform(MockMvcRequestBuilders.post("/wards/" + WARD + "/staff/" + hoa + "/delete").with(officer).with(csrf()))
                .andExpect(redirectedUrl("/wards/" + WARD + "/staff/" + hoa))
                .andExpect(flash().attribute("flashError", "Không thể xóa vì vẫn còn dữ liệu liên quan "
                        + "(Danh sách tham dự tập huấn). Hãy xóa hoặc chuyển dữ liệu đó trước."));
        mvc.perform(MockMvcRequestBuilders.post(event + "/delete").with(officer).with(csrf()))
                .andExpect(redirectedUrl("/wards/" + WARD + "/training-events"))
                .andExpect(flash().attribute("flash", "Đã xóa buổi tập huấn „Bồi dưỡng kỹ năng số“."));
        mvc.perform(MockMvcRequestBuilders.post("/wards/" + WARD + "/staff/" + hoa + "/delete").with(officer).with(csrf()))
                .andExpect(redirectedUrl("/wards/" + WARD + "/staff"))
                .andExpect(flash().attribute("flash", "Đã xóa „Đinh Thị Hoa“ khỏi danh sách."));
    }

    @Test
    void aPageImportWithBrokenRowsShowsItsFaults() throws Exception {
        PeopleWard.ensure(mvc, jdbc, WARD);
        RequestPostProcessor officer = user(accounts.loadUserByUsername("canbo." + WARD));
        long before = jdbc.sql("select count(*) from training_event e join ward w on w.id = e.ward_id where w.code = ?")
                .param(WARD).query(Long.class).single();
        var posted = mvc.perform(MockMvcRequestBuilders.multipart("/wards/" + WARD + "/training-events/import").with(officer).with(csrf())
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", ("Ngày tổ chức,Tên buổi tập huấn,Hình thức,"
                                + "Chương trình\n02/4/2026,Tập huấn,Trực tiếp,Không rõ\n").getBytes(StandardCharsets.UTF_8))))
                .andExpect(redirectedUrl("/wards/" + WARD + "/training-events"))
                .andExpect(flash().attribute("flash", "Đã nhận tệp „x.csv“; đang nhập ở chế độ nền, tiến độ hiện ngay dưới đây."))
                .andReturn();
        String panel = Api.awaitImportPanel(mvc, posted, officer);
        assertThat(panel).startsWith("<section id=\"register-import\"")
                .contains("Tệp có 1 dòng lỗi (1 lỗi); chưa ghi dòng nào. Sửa các ô được chỉ ra rồi nhập lại.", "Không rõ")
                .doesNotContain("Hủy lần nhập");
        assertThat(panel.split("<tr>").length - 2).as("the one fault, one row").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from training_event e join ward w on w.id = e.ward_id where w.code = ?")
                .param(WARD).query(Long.class).single()).isEqualTo(before);
        // the register's page follows the import it started
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/wards/" + WARD + "/training-events")
                        .flashAttrs(posted.getFlashMap()).with(officer))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"register-import\"", "/imports/" + posted.getFlashMap().get("registerImportId"));
    }

    @Test
    void aPageImportOfTheStaffListIsFollowedToItsEndAndAMissingFileIsSaidAtOnce() throws Exception {
        String ward = "th-trang-nhap";
        PeopleWard.ensure(mvc, jdbc, ward);
        RequestPostProcessor officer = user(accounts.loadUserByUsername("canbo." + ward));
        var posted = mvc.perform(MockMvcRequestBuilders.multipart("/wards/" + ward + "/staff/import").with(officer).with(csrf())
                        .file(new MockMultipartFile("file", "can-bo.csv", "text/csv", PeopleImportTest.GOOD_STAFF
                                .getBytes(StandardCharsets.UTF_8))))
                .andExpect(redirectedUrl("/wards/" + ward + "/staff"))
                .andExpect(flash().attribute("flash", "Đã nhận tệp „can-bo.csv“; đang nhập ở chế độ nền, tiến độ hiện ngay dưới đây."))
                .andReturn();
        assertThat(Api.awaitImportPanel(mvc, posted, officer))
                .contains("Đã nhập 3 cán bộ, công chức từ tệp.", "Tải lại trang để xem dữ liệu mới");
        assertThat(page("/wards/" + ward + "/staff", officer)).contains("Nguyễn Văn Một", "Lê Thị Hai", "Trần Thị Ba");
        mvc.perform(MockMvcRequestBuilders.multipart("/wards/" + ward + "/staff/import").with(officer).with(csrf()))
                .andExpect(redirectedUrl("/wards/" + ward + "/staff"))
                .andExpect(flash().attribute("flashError", "Hãy chọn tệp CSV hoặc XLSX để nhập."))
                .andExpect(flash().attributeCount(1));
    }

    private String page(String path, RequestPostProcessor user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
