package vn.ward57.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import vn.ward57.Ward57Test;

/** The budget pages: the demo ward's year, and a line entered, paid and deleted through the forms. */
@Ward57Test
class BudgetPageTest {

    private static final String WARD = "ns-trang";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    BudgetFigures figures;
    @Autowired
    vn.ward57.org.WardService wards;

    @Test
    void theDemoYearShowsEachCategoryAndTheTotalWithItsRate() throws Exception {
        RequestPostProcessor officer = user(accounts.loadUserByUsername("canbo.anhai"));
        String page = page(officer, "/wards/an-hai/budget?year=2026");
        // demo-budget.sql: adjusted 260.000.000 / 100.000.000 / 1.250.000.000, paid 45.000.000 / 12.000.000 /
        // 490.000.000 → 17,31% / 12,00% / 39,20%; total 547.000.000 of 1.610.000.000 = 33,98%
        assertThat(page).contains("Ngân sách KHCN, ĐMST, CĐS", "Khoa học và công nghệ", "260.000.000 đồng", "17,31%",
                "12,00%", "1.250.000.000 đồng", "39,20%", "1.610.000.000 đồng", "547.000.000 đồng", "33,98%",
                "1.610 triệu đồng", "547 triệu đồng", "CDS-06", "Lắp đặt và vận hành hệ thống Wi-Fi công cộng",
                "Lập dự toán năm sau", "Xuất CSV");
        // 2025 (seed 002): 796.500.000 of 820.000.000 = 97,13%; nothing for KHCN and ĐMST
        assertThat(page(officer, "/wards/an-hai/budget?year=2025")).contains("820.000.000 đồng", "796.500.000 đồng",
                "97,13%", "chưa có dự toán");
        // the lines filtered without diacritics
        String wifi = page(officer, "/wards/an-hai/budget?year=2026&q=wi-fi cong cong");
        assertThat(wifi).contains("CDS-06").doesNotContain("KHCN-01");
        mvc.perform(MockMvcRequestBuilders.get("/wards/trung-thanh/budget").with(officer))
                .andExpect(status().isForbidden());
        // English second; money is written the Vietnamese way in both
        assertThat(page(officer, "/wards/an-hai/budget?year=2026&lang=en")).contains("Disbursement rate",
                "Science and technology", "33,98%", "Prepare next year");
        long wifiLine = jdbc.sql("select l.id from budget_line l join ward w on w.id = l.ward_id "
                + "where w.code = 'an-hai' and fiscal_year = 2026 and l.code = 'CDS-06'").query(Long.class).single();
        // 150.000.000 + 30.000.000 adjusted; 175.000.000 committed (demo)
        assertThat(page(officer, "/wards/an-hai/budget/lines/" + wifiLine + "?lang=en")).contains("Budget line CDS-06",
                "+30.000.000 đồng", "180.000.000 đồng", "175.000.000 đồng", "45/QĐ-UBND");
    }

    @Test
    void theDemoFiguresOfTrungThanhAreSeed004s() {
        // 1.056.000.000 budgeted, 120.000.000 paid by 06/6/2026 → 11,3636… → 11,36%
        var summary = BudgetWards.as(accounts, "lanhdao.trungthanh", () -> figures.summary(wards.get("trung-thanh"), 2026));
        assertThat(summary).extracting(CategorySummary::category, CategorySummary::adjusted, CategorySummary::disbursed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KHCN", 120_000_000L, 35_000_000L),
                        org.assertj.core.groups.Tuple.tuple("DMST", 80_000_000L, 0L),
                        org.assertj.core.groups.Tuple.tuple("CDS", 856_000_000L, 85_000_000L));
        assertThat(CategorySummary.total(summary).disbursementRate()).isEqualByComparingTo("11.36");
        assertThat(BudgetWards.as(accounts, "lanhdao.trungthanh", () -> figures.disbursementRate(wards.get("trung-thanh"), 2026,
                java.time.LocalDate.of(2026, 6, 6)))).isEqualByComparingTo("11.36");
        // before the second payment of 28/5: 75.000.000 of 1.056.000.000 = 7,102… → 7,10
        assertThat(BudgetWards.as(accounts, "lanhdao.trungthanh", () -> figures.disbursementRate(wards.get("trung-thanh"), 2026,
                java.time.LocalDate.of(2026, 5, 27)))).isEqualByComparingTo("7.10");
    }

    @Test
    void anOfficerEntersALinePaysFromItAndOnlyTheLeaderSeesTheOverrideReason() throws Exception {
        BudgetWards.ensure(mvc, jdbc, WARD, "Phường Trang");
        RequestPostProcessor officer = user(accounts.loadUserByUsername("canbo." + WARD));
        RequestPostProcessor leader = user(accounts.loadUserByUsername("lanhdao." + WARD));
        // a negative estimate: the form again, the reason beside the field
        String refused = mvc.perform(post(officer, "/wards/" + WARD + "/budget/lines").param("fiscalYear", "2030")
                        .param("category", "CDS").param("code", "CDS-01").param("name", "Camera an ninh")
                        .param("estimate", "-5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Dự toán không được là số âm; đã ghi -5.", "Camera an ninh");
        // an unusually small estimate: the form again, offering to confirm it
        String doubted = mvc.perform(post(officer, "/wards/" + WARD + "/budget/lines").param("fiscalYear", "2030")
                        .param("category", "CDS").param("code", "CDS-01").param("name", "Camera an ninh")
                        .param("estimate", "120.000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(doubted).contains("<label for=\"estimate\">Dự toán (đồng)</label>", "value=\"120.000\"",
                "<input type=\"checkbox\" name=\"confirmAmount\" value=\"true\">");
        assertThat(refused).doesNotContain("name=\"confirmAmount\"");
        String location = mvc.perform(post(officer, "/wards/" + WARD + "/budget/lines").param("fiscalYear", "2030")
                        .param("category", "CDS").param("code", "CDS-01").param("name", "Camera an ninh")
                        .param("estimate", "120.000.000").param("fundingSource", "Ngân sách phường"))
                .andExpect(redirectedUrlPattern("/wards/" + WARD + "/budget/lines/*"))
                .andExpect(flash().attribute("flash", "Đã thêm dòng dự toán CDS-01."))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(page(officer, location)).contains("120.000.000 đồng", "Ghi khoản giải ngân")
                .doesNotContain("name=\"overrideReason\"")
                // the adjustment's and the commitment's forms, each with its own day and text field
                .contains("action=\"" + location + "/adjustments\"", "name=\"decidedOn\"", "name=\"reason\"",
                        "Số dương để tăng, số âm để giảm dự toán.")
                .contains("action=\"" + location + "/commitments\"", "name=\"committedOn\"", "name=\"note\"",
                        "Ghi cam kết chi");
        assertThat(page(leader, location)).contains("name=\"overrideReason\"");

        mvc.perform(post(officer, location + "/disbursements").param("paidOn", "2030-03-02").param("amount", "12,5"))
                .andExpect(flash().attribute("flashError", "Số tiền phải là số nguyên đồng, không có phần lẻ; đã ghi 12,5."));
        mvc.perform(post(officer, location + "/disbursements").param("paidOn", "2030-03-02").param("amount", "mười"))
                .andExpect(flash().attribute("flashError",
                        "Số tiền phải ghi bằng số nguyên đồng, ví dụ 120.000.000; đã ghi „mười“."));
        mvc.perform(post(officer, location + "/disbursements").param("paidOn", "2030-03-02")
                        .param("amount", "100.000.000").param("document", "UNC 5"))
                .andExpect(redirectedUrl(location)).andExpect(flash().attribute("flash", "Đã ghi khoản giải ngân."));
        mvc.perform(post(officer, location + "/disbursements").param("paidOn", "2030-04-02")
                        .param("amount", "30.000.000").param("overrideReason", "Cần gấp"))
                .andExpect(flash().attribute("flashError", "Khoản chi này làm dòng CDS-01 giải ngân 130.000.000 đồng, "
                        + "vượt dự toán sau điều chỉnh 120.000.000 đồng là 10.000.000 đồng. "
                        + "Chỉ lãnh đạo phường được duyệt chi vượt dự toán, kèm lý do."));
        mvc.perform(post(leader, location + "/disbursements").param("paidOn", "2030-04-02")
                        .param("amount", "30.000.000").param("overrideReason", "Cần gấp"))
                .andExpect(flash().attribute("flash", "Đã ghi khoản giải ngân."));
        assertThat(page(officer, location)).contains("130.000.000 đồng", "108,33%",
                "Chi vượt dự toán, lanhdao." + WARD + " duyệt: Cần gấp");

        // adjustments; deleting through htmx answers the line's part of the page, or the refusal in the message area
        for (String amount : new String[] {"+20.000.000", "5.000.000"}) {
            mvc.perform(post(officer, location + "/adjustments").param("decidedOn", "2030-05-01")
                            .param("amount", amount).param("reason", "Bổ sung"))
                    .andExpect(flash().attribute("flash", "Đã ghi điều chỉnh dự toán."));
        }
        var adjustments = jdbc.sql("select a.id from budget_adjustment a join ward w on w.id = a.ward_id "
                + "where w.code = ? order by a.amount").param(WARD).query(Long.class).list();
        String part = mvc.perform(post(officer, location + "/adjustments/" + adjustments.get(0) + "/delete")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // 120.000.000 + 20.000.000 = 140.000.000 left, over the 130.000.000 paid
        assertThat(part).contains("id=\"line\"", "Đã xóa điều chỉnh.", "140.000.000 đồng").doesNotContain("<html")
                // the adjustment left: its day, signed amount, reason and delete button; no commitment yet
                .contains("01/5/2030", "+20.000.000 đồng", "Bổ sung",
                        "action=\"" + location + "/adjustments/" + adjustments.get(1) + "/delete\"", "Chưa có cam kết chi.")
                .doesNotContain("Chưa có điều chỉnh.");
        // without the +20.000.000 the line would have 120.000.000 for 130.000.000 paid
        String refusal = mvc.perform(post(officer, location + "/adjustments/" + adjustments.get(1) + "/delete")
                        .header("HX-Request", "true"))
                .andExpect(header().string("HX-Retarget", "#flash")).andReturn().getResponse().getContentAsString();
        assertThat(refusal).contains("Điều chỉnh này làm dự toán dòng CDS-01 còn 120.000.000 đồng, "
                + "ít hơn số đã giải ngân 130.000.000 đồng.");

        // the register of payments, its export, a payment's edit form
        assertThat(page(officer, "/wards/" + WARD + "/budget/disbursements?year=2030"))
                .contains("UNC 5", "100.000.000 đồng", "130.000.000 đồng");
        mvc.perform(MockMvcRequestBuilders.get("/wards/" + WARD + "/budget/disbursements/export?year=2030&format=xlsx")
                .with(officer)).andExpect(status().isOk()).andExpect(header().string("Content-Type",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        long payment = jdbc.sql("select d.id from disbursement d join ward w on w.id = d.ward_id "
                + "where w.code = ? and document = 'UNC 5'").param(WARD).query(Long.class).single();
        assertThat(page(officer, "/wards/" + WARD + "/budget/disbursements/" + payment + "/edit"))
                .contains("value=\"100.000.000\"");
        mvc.perform(post(officer, "/wards/" + WARD + "/budget/disbursements/" + payment).param("budgetLineId",
                        location.substring(location.lastIndexOf('/') + 1)).param("paidOn", "2031-01-02")
                        .param("amount", "90.000.000"))
                .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .content().string(org.hamcrest.Matchers.containsString(
                                "Ngày chi phải thuộc năm ngân sách 2030 của dòng CDS-01.")));

        // deleting a payment through htmx sends the browser to its line (HX-Redirect), the message kept for it
        mvc.perform(post(officer, "/wards/" + WARD + "/budget/disbursements/" + payment + "/delete")
                        .header("HX-Request", "true"))
                .andExpect(header().string("HX-Redirect", location))
                .andExpect(flash().attribute("flash", "Đã xóa khoản giải ngân."));

        // a line with payments stays; next year's estimate from this one
        mvc.perform(post(officer, location + "/delete")).andExpect(status().isConflict());
        mvc.perform(post(officer, "/wards/" + WARD + "/budget/next-year").param("fromYear", "2030").param("percent", "100"))
                .andExpect(redirectedUrl("/wards/" + WARD + "/budget?year=2031"))
                .andExpect(flash().attribute("flash", "Đã tạo 1 dòng dự toán năm 2031."));
        long next = jdbc.sql("select l.id from budget_line l join ward w on w.id = l.ward_id where w.code = ? "
                + "and fiscal_year = 2031").param(WARD).query(Long.class).single();
        // next year's estimate is this year's adjusted one: 120.000.000 + 20.000.000 = 140.000.000
        assertThat(page(officer, "/wards/" + WARD + "/budget/lines/" + next + "/edit")).contains("value=\"140.000.000\"");
        // the delete button carries the version the page showed: a stale one (the line was changed since) is refused
        assertThat(page(officer, "/wards/" + WARD + "/budget/lines/" + next)).contains("name=\"version\" value=\"0\"");
        jdbc.sql("update budget_line set version = version + 1 where id = ?").param(next).update();
        mvc.perform(post(officer, "/wards/" + WARD + "/budget/lines/" + next + "/delete").param("version", "0"))
                .andExpect(status().isConflict());
        mvc.perform(post(officer, "/wards/" + WARD + "/budget/lines/" + next + "/delete").param("version", "1"))
                .andExpect(redirectedUrl("/wards/" + WARD + "/budget?year=2031"))
                .andExpect(flash().attribute("flash", "Đã xóa dòng dự toán CDS-01."));
    }

    @Test
    void aFaultyFileFromThePageListsItsFaults() throws Exception {
        BudgetWards.ensure(mvc, jdbc, WARD, "Phường Trang");
        RequestPostProcessor officer = user(accounts.loadUserByUsername("canbo." + WARD));
        var file = new MockMultipartFile("file", "du-toan.csv", "text/csv",
                "Năm,Nhóm chi,Mã,Nội dung,Dự toán (đồng)\n2032,CDS,CDS-01,Camera,abc\n".getBytes(StandardCharsets.UTF_8));
        var posted = mvc.perform(MockMvcRequestBuilders.multipart("/wards/" + WARD + "/budget/line-imports").file(file)
                        .param("year", "2032").with(officer).with(csrf()))
                .andExpect(redirectedUrl("/wards/" + WARD + "/budget?year=2032"))
                .andExpect(flash().attribute("flash",
                        "Đã nhận tệp „du-toan.csv“; đang nhập ở chế độ nền, tiến độ hiện ngay dưới đây."))
                .andReturn();
        String panel = vn.ward57.Api.awaitImportPanel(mvc, posted, officer);
        assertThat(panel).startsWith("<section id=\"register-import\"")
                .contains("Tệp có 1 dòng lỗi (1 lỗi); chưa ghi dòng nào. Sửa các ô được chỉ ra rồi nhập lại.")
                .contains("<td translate=\"no\">abc</td>").doesNotContain("Hủy lần nhập");
        assertThat(panel.split("<tr>").length - 2).as("the one fault, one row").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from budget_line l join ward w on w.id = l.ward_id where w.code = ? "
                + "and fiscal_year = 2032").param(WARD).query(Long.class).single()).isZero();
        // the page it goes back to starts following the import
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/wards/" + WARD + "/budget?year=2032").with(officer)
                        .flashAttrs(posted.getFlashMap())).andReturn().getResponse().getContentAsString())
                .contains("hx-get=\"/imports/" + posted.getFlashMap().get("registerImportId") + "\"");
    }

    @Test
    void thePagesPassTheConfirmationOfAmountsToTheImport() throws Exception {
        String ward = "ns-trang-tep";
        BudgetWards.ensure(mvc, jdbc, ward, "Phường Trang Tệp");
        RequestPostProcessor officer = user(accounts.loadUserByUsername("canbo." + ward));
        // 1.056.000 among lines of 820.000.000 and 900.000.000: doubted unless the amounts are confirmed
        byte[] lines = ("Năm,Nhóm chi,Mã,Nội dung,Dự toán (đồng)\n2051,CDS,CDS-01,Camera,820.000.000\n"
                + "2051,CDS,CDS-02,Wi-Fi,1.056.000\n2051,KHCN,KHCN-01,Tập huấn,900.000.000\n")
                .getBytes(StandardCharsets.UTF_8);
        String refused = importFromPage(officer, "/wards/" + ward + "/budget/line-imports", lines, null,
                "/wards/" + ward + "/budget?year=2051");
        assertThat(refused).contains("Tệp có 1 dòng lỗi (1 lỗi)", "nhỏ bất thường so với các dòng khác");
        assertThat(importFromPage(officer, "/wards/" + ward + "/budget/line-imports", lines, "true",
                "/wards/" + ward + "/budget?year=2051")).contains("Đã nhập 3 dòng dự toán.");
        // 1.000 đồng from a line of 820.000.000: the same on the payments' page
        byte[] payments = "Năm,Mã dòng,Ngày chi,Số tiền (đồng),Chứng từ\n2051,CDS-01,02/01/2051,1.000,UNC 1\n"
                .getBytes(StandardCharsets.UTF_8);
        String path = "/wards/" + ward + "/budget/disbursements";
        assertThat(importFromPage(officer, path + "/imports", payments, null, path + "?year=2051"))
                .contains("Tệp có 1 dòng lỗi (1 lỗi)", "nhỏ bất thường so với dự toán của dòng");
        assertThat(importFromPage(officer, path + "/imports", payments, "true", path + "?year=2051"))
                .contains("Đã nhập 1 khoản giải ngân.");
        assertThat(jdbc.sql("select count(*) from disbursement d join ward w on w.id = d.ward_id where w.code = ?")
                .param(ward).query(Long.class).single()).isEqualTo(1);
    }

    /** Posts the file from the page (year 2051) and answers the import's panel once it has ended. */
    private String importFromPage(RequestPostProcessor user, String action, byte[] content, String confirmAmounts,
                                  String back) throws Exception {
        var request = MockMvcRequestBuilders.multipart(action)
                .file(new MockMultipartFile("file", "tep.csv", "text/csv", content))
                .param("year", "2051").with(user).with(csrf());
        if (confirmAmounts != null) {
            request.param("confirmAmounts", confirmAmounts);
        }
        var posted = mvc.perform(request).andExpect(redirectedUrl(back)).andReturn();
        return vn.ward57.Api.awaitImportPanel(mvc, posted, user);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder post(
            RequestPostProcessor user, String path) {
        return MockMvcRequestBuilders.post(path).with(user).with(csrf());
    }

    private String page(RequestPostProcessor user, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
