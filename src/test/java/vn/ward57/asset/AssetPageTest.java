package vn.ward57.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import vn.ward57.Ward57Test;

/**
 * The registers' pages. The ward tb-trang holds, entered through the API: 1.234 computers (good);
 * cameras 2 (to-1, good) + 1 (to-2, good) + 5 (to-3, out of service) → 3 in service in 2 of its 4
 * groups; certificates in 2026: 2 for bodies and 10 for people, new, and 4 for people renewed.
 */
@Ward57Test
class AssetPageTest {

    private static final String WARD = "tb-trang";
    private static final String OFFICER = "canbo." + WARD;
    private static final String PAGE = "/wards/" + WARD + "/assets";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = ?").param(WARD).query(Long.class).single() > 0) {
            return;
        }
        TestWard.create(mvc, jdbc, WARD, "Phường Trang");
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"xem.tb-trang","fullName":"Người xem","role":"VIEWER","wardCode":"tb-trang","password":"ward57-demo"}
                """)).andExpect(status().isCreated());
        asset("{\"kind\":\"COMPUTER\",\"name\":\"Máy tính văn phòng\",\"unit\":\"pvhcc\",\"quantity\":1234}");
        asset("{\"kind\":\"CAMERA\",\"name\":\"Camera tổ 1\",\"group\":\"to-1\",\"quantity\":2}");
        asset("{\"kind\":\"CAMERA\",\"name\":\"Camera tổ 2\",\"group\":\"to-2\",\"quantity\":1}");
        asset("{\"kind\":\"CAMERA\",\"name\":\"Camera tổ 3\",\"group\":\"to-3\",\"quantity\":5,\"condition\":\"OUT_OF_SERVICE\"}");
        issue("2026-01-12", "BODY", "NEW", 2);
        issue("2026-02-12", "PERSON", "NEW", 10);
        issue("2026-03-12", "PERSON", "RENEWED", 4);
    }

    @Test
    void theListShowsTheFiguresByKindAndTheCameraCoverage() throws Exception {
        String page = page(PAGE);
        assertThat(page).contains("Camera: 3 tại 2/4 tổ dân phố", "Máy tính văn phòng", "1.234",
                "Nhập từ tệp CSV/XLSX", "/wards/tb-trang/assets/export?format=csv");
        // the kinds table: Camera 8 registered, 3 in service
        assertThat(page.replaceAll("\\s+", " ")).contains(
                "<td>Camera</td> <td class=\"num\">8</td> <td class=\"num\">3</td>",
                "<td>Máy tính</td> <td class=\"num\">1.234</td> <td class=\"num\">1.234</td>");
        // filtered by htmx: only the list's fragment, with only cameras out of service
        String fragment = mvc.perform(MockMvcRequestBuilders.get(PAGE).param("condition", "OUT_OF_SERVICE")
                        .header("HX-Request", "true").with(officer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).startsWith("<section id=\"asset-list\"").contains("Camera tổ 3")
                .doesNotContain("Camera tổ 1", "<html");
        assertThat(page("/wards/" + WARD + "/assets?q=MAY TINH")).contains("Máy tính văn phòng").doesNotContain("Camera tổ 1");
        // the filter form keeps what was chosen and sends itself by htmx to the list
        assertThat(page(PAGE + "?kind=CAMERA&group=to-3&q=tổ").replaceAll("\\s+", " ")).contains(
                "hx-get=\"" + PAGE + "\" hx-target=\"#asset-list\"", "<input type=\"text\" id=\"q\" name=\"q\" value=\"tổ\" size=\"20\">",
                "<select id=\"f-kind\" name=\"kind\"><option value=\"\">Tất cả</option>",
                "<option value=\"CAMERA\" selected=\"selected\">Camera</option>", "<option value=\"to-3\" selected=\"selected\">",
                "<button type=\"submit\">Lọc</button>");
        mvc.perform(MockMvcRequestBuilders.get(PAGE).with(user(accounts.loadUserByUsername("canbo.anhai"))))
                .andExpect(status().isForbidden());
        // a viewer reads the register but is offered no form, and its posts are refused
        var viewer = user(accounts.loadUserByUsername("xem.tb-trang"));
        assertThat(mvc.perform(MockMvcRequestBuilders.get(PAGE).with(viewer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Camera: 3 tại 2/4 tổ dân phố")
                .doesNotContain("Thêm thiết bị", "Nhập từ tệp");
        mvc.perform(MockMvcRequestBuilders.get(PAGE + "/new").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post(PAGE).with(viewer).with(csrf()).param("kind", "KIOSK")
                .param("name", "Máy").param("quantity", "1")).andExpect(status().isForbidden());
    }

    @Test
    void anOfficerAddsEditsAndDeletesAnAssetThroughTheForms() throws Exception {
        long before = TestWard.count(jdbc, "asset", WARD);
        String refused = mvc.perform(MockMvcRequestBuilders.post(PAGE).with(officer()).with(csrf())
                        .param("kind", "KIOSK").param("name", "Máy lấy số").param("unit", "pvhcc")
                        .param("quantity", "0").param("condition", "GOOD"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(refused)).contains("Số lượng phải là số nguyên lớn hơn 0; đã ghi „0“.", "value=\"Máy lấy số\"");
        assertThat(TestWard.count(jdbc, "asset", WARD)).isEqualTo(before);

        String location = mvc.perform(MockMvcRequestBuilders.post(PAGE).with(officer()).with(csrf())
                        .param("kind", "KIOSK").param("name", "Máy lấy số").param("unit", "pvhcc")
                        .param("location", "Sảnh").param("quantity", "1").param("acquiredYear", "2025")
                        .param("condition", "GOOD"))
                .andExpect(redirectedUrlPattern(PAGE + "/*"))
                .andExpect(flash().attribute("flash", "Đã thêm „Máy lấy số“ vào sổ thiết bị."))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(page(location)).contains("Máy tra cứu (kiosk)", "Máy lấy số", "Trung tâm Phục vụ hành chính công",
                "Sảnh", "2025", "Tốt", "Xóa „Máy lấy số“ khỏi sổ thiết bị?");
        assertThat(page(location + "/edit")).contains("value=\"Máy lấy số\"", "value=\"2025\"");
        mvc.perform(MockMvcRequestBuilders.post(location).with(officer()).with(csrf())
                        .param("kind", "KIOSK").param("name", "Máy lấy số tự động").param("unit", "pvhcc")
                        .param("group", "tdp-001").param("quantity", "1").param("condition", "NEEDS_REPAIR"))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains(
                        "Phường Trang không có tổ dân phố „tdp-001“"));
        mvc.perform(MockMvcRequestBuilders.post(location).with(officer()).with(csrf())
                        .param("kind", "KIOSK").param("name", "Máy lấy số tự động").param("unit", "pvhcc")
                        .param("quantity", "2").param("condition", "NEEDS_REPAIR"))
                .andExpect(redirectedUrl(location))
                .andExpect(flash().attribute("flash", "Đã lưu „Máy lấy số tự động“."));
        assertThat(page(location)).contains("Máy lấy số tự động", "Cần sửa chữa");
        // the list's delete button carries the version it showed: a page read before the edit (version 0)
        // is refused with the conflict, and the entry stays
        assertThat(page(PAGE).replaceAll("\\s+", " ")).contains("name=\"version\" value=\"1\"",
                "<a href=\"" + location + "/edit\">Sửa</a> <form class=\"inline\" method=\"post\" action=\"" + location + "/delete\"",
                "hx-post=\"" + location + "/delete\"", "hx-target=\"#asset-list\"");
        mvc.perform(MockMvcRequestBuilders.post(location + "/delete").header("HX-Request", "true").param("version", "0")
                        .with(officer()).with(csrf()))
                .andExpect(r -> assertThat(r.getResponse().getHeader("HX-Retarget")).isEqualTo("#flash"))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("Bản ghi đã được"));
        assertThat(TestWard.count(jdbc, "asset", WARD)).isEqualTo(before + 1);
        // deleting from the list answers the list again (htmx)
        String list = mvc.perform(MockMvcRequestBuilders.post(location + "/delete").header("HX-Request", "true")
                        .param("version", "1").with(officer()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).startsWith("<section id=\"asset-list\"")
                .contains("Đã xóa „Máy lấy số tự động“ khỏi sổ thiết bị.").doesNotContain("Máy lấy số tự động</a>");
        assertThat(TestWard.count(jdbc, "asset", WARD)).isEqualTo(before);
    }

    @Test
    void thePageImportsAllOrNothingAndExportsTheFilteredList() throws Exception {
        long before = TestWard.count(jdbc, "asset", WARD);
        String csv = "Loại thiết bị,Tên thiết bị,Số lượng\nMáy tính,Máy tính tệp,2\nMáy bay,Máy bay,0\n";
        var posted = mvc.perform(MockMvcRequestBuilders.multipart(PAGE + "/import")
                        .file(new MockMultipartFile("file", "tb.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(officer()).with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("flash", "Đã nhận tệp „tb.csv“; đang nhập ở chế độ nền, tiến độ hiện ngay dưới đây."))
                .andReturn();
        String panel = vn.ward57.Api.awaitImportPanel(mvc, posted, officer());
        assertThat(panel).startsWith("<section id=\"register-import\"")
                .contains("Tệp có 1 dòng lỗi (2 lỗi); chưa ghi dòng nào. Sửa các ô được chỉ ra rồi nhập lại.")
                .contains("Máy bay").doesNotContain("Hủy lần nhập");
        assertThat(panel.split("<tr>").length - 2).as("the two faults, one row each").isEqualTo(2);
        assertThat(TestWard.count(jdbc, "asset", WARD)).isEqualTo(before);
        byte[] export = mvc.perform(MockMvcRequestBuilders.get(PAGE + "/export").param("format", "csv")
                        .param("kind", "CAMERA").with(officer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(export, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFLoại thiết bị,Tên thiết bị,Đơn vị,Tổ dân phố,Vị trí,Số lượng,Năm trang bị,"
                + "Ngày lắp đặt,Ngày thu hồi,Tình trạng,Ghi chú").contains("Camera,Camera tổ 3,,to-3,,5,,,,\"Hỏng, không sử dụng\",")
                .doesNotContain("Máy tính");
    }

    @Test
    void theCertificatesPageCountsThePeriodLikeTheReports() throws Exception {
        String page = page("/wards/" + WARD + "/certificates?from=2026-01-01&to=2026-03-31");
        assertThat(page).contains("Đã cấp từ 01/01/2026 đến 31/3/2026",
                "Chứng thư số, Cấp mới: 2 cho cơ quan, tổ chức; 10 cho cá nhân.",
                "Chứng thư số, Gia hạn: 0 cho cơ quan, tổ chức; 4 cho cá nhân.")
                .doesNotContain("Thư điện tử công vụ, Cấp mới");
        // February alone: the line of 12/02 only
        String february = page("/wards/" + WARD + "/certificates?from=2026-02-01&to=2026-02-28");
        assertThat(february).contains("Chứng thư số, Cấp mới: 0 cho cơ quan, tổ chức; 10 cho cá nhân.", "12/02/2026")
                .doesNotContain("12/01/2026");
        // the filters ask by htmx: only the list's fragment comes back
        String fragment = mvc.perform(MockMvcRequestBuilders.get("/wards/" + WARD + "/certificates")
                        .param("from", "2026-02-01").param("to", "2026-02-28").header("HX-Request", "true")
                        .with(officer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).startsWith("<section id=\"certificate-list\"").contains("12/02/2026")
                .doesNotContain("12/01/2026", "<html");
        String location = mvc.perform(MockMvcRequestBuilders.post("/wards/" + WARD + "/certificates").with(officer())
                        .with(csrf()).param("issuedOn", "2026-02-30").param("kind", "OFFICIAL_EMAIL")
                        .param("holder", "PERSON").param("action", "NEW").param("quantity", "3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(location).contains("Ngày cấp „2026-02-30“ không phải ngày có thật; ghi dạng 15/01/2026.");
        // the form again, its fields as they were sent, the refused one marked
        assertThat(location).contains("<label for=\"holder\">", "<option value=\"PERSON\" selected=\"selected\">",
                "<input type=\"number\" min=\"1\" class=\"small\" id=\"quantity\" name=\"quantity\" value=\"3\">",
                "name=\"issuedOn\" value=\"2026-02-30\" class=\"invalid\"", "maxlength=\"300\" size=\"40\"")
                .doesNotContain("</div><input");
        String created = mvc.perform(MockMvcRequestBuilders.post("/wards/" + WARD + "/certificates").with(officer())
                        .with(csrf()).param("issuedOn", "2026-02-20").param("kind", "OFFICIAL_EMAIL")
                        .param("holder", "PERSON").param("action", "NEW").param("quantity", "3")
                        .param("holderName", "Công chức mới"))
                .andExpect(redirectedUrlPattern("/wards/" + WARD + "/certificates/*"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(page(created)).contains("Thư điện tử công vụ", "Công chức mới", "20/02/2026",
                "href=\"" + created + "/edit\"", "action=\"" + created + "/delete\"",
                "data-confirm=\"Xóa dòng này khỏi sổ chứng thư số, thư công vụ?\"");
        assertThat(page("/wards/" + WARD + "/certificates?from=2026-02-01&to=2026-02-28"))
                .contains("Thư điện tử công vụ, Cấp mới: 0 cho cơ quan, tổ chức; 3 cho cá nhân.");
        mvc.perform(MockMvcRequestBuilders.post(created + "/delete").with(officer()).with(csrf()))
                .andExpect(redirectedUrl("/wards/" + WARD + "/certificates"))
                .andExpect(flash().attribute("flash", "Đã xóa khỏi sổ chứng thư số, thư công vụ."));
    }

    @Test
    void theDemoWardsShowTheSeedsFigures() throws Exception {
        // seed 004: cameras in 49/49 groups of Trung Thành (demo-assets.sql works out the 120)
        String trungThanh = mvc.perform(MockMvcRequestBuilders.get("/wards/trung-thanh/assets")
                        .with(user(accounts.loadUserByUsername("canbo.trungthanh"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(trungThanh).contains("Camera: 120 tại 49/49 tổ dân phố");
        // seed 002: An Hải's public-service centre and the certificates of July 2025
        var anHai = user(accounts.loadUserByUsername("canbo.anhai"));
        String equipment = mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/assets").param("unit", "pvhcc")
                .with(anHai)).andReturn().getResponse().getContentAsString();
        assertThat(equipment).contains("Máy tính để bàn tiếp nhận, trả kết quả hồ sơ", "Màn hình đánh giá sự hài lòng",
                "Camera: 0 tại 0/247 tổ dân phố");
        String certificates = mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/certificates")
                .param("from", "2025-01-01").param("to", "2025-12-31").with(anHai))
                .andReturn().getResponse().getContentAsString();
        assertThat(certificates).contains("Chứng thư số, Cấp mới: 6 cho cơ quan, tổ chức; 61 cho cá nhân.",
                "Chứng thư số, Thay đổi thông tin: 0 cho cơ quan, tổ chức; 30 cho cá nhân.",
                "Thư điện tử công vụ, Cấp mới: 0 cho cơ quan, tổ chức; 67 cho cá nhân.");
    }

    private String page(String path) throws Exception {
        // th:field writes a value's accents as entities (M&aacute;y)
        return HtmlUtils.htmlUnescape(mvc.perform(MockMvcRequestBuilders.get(path).with(officer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private RequestPostProcessor officer() {
        return user(accounts.loadUserByUsername(OFFICER));
    }

    private void asset(String json) throws Exception {
        mvc.perform(post(OFFICER, "/api/v1/wards/" + WARD + "/assets", json))
                .andExpect(status().isCreated());
    }

    private void issue(String on, String holder, String action, int quantity) throws Exception {
        mvc.perform(post(OFFICER, "/api/v1/wards/" + WARD + "/certificates", """
                {"issuedOn":"%s","kind":"DIGITAL_CERTIFICATE","holder":"%s","action":"%s","quantity":%d}
                """.formatted(on, holder, action, quantity))).andExpect(status().isCreated());
    }
}
