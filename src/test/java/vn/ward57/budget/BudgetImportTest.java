package vn.ward57.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/** Lines and payments from files, all or nothing; an export imports back into another ward unchanged. */
@Ward57Test
class BudgetImportTest {

    private static final String LINES = "Năm,Nhóm chi,Mã,Nội dung,Dự toán (đồng),Nguồn kinh phí,Ghi chú\n";
    private static final String PAYMENTS = "Năm,Mã dòng,Ngày chi,Số tiền (đồng),Chứng từ,Ghi chú,Lý do chi vượt dự toán\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileWithFaultyRowsIsRefusedWithEveryFaultAndNothingWritten() throws Exception {
        String ward = "ns-nhap-loi";
        BudgetWards.ensure(mvc, jdbc, ward, "Phường Nhập Lỗi");
        upload("canbo." + ward, ward, "budget-line-imports", "du-toan.csv", LINES
                + "2030,Chuyển đổi số,CDS-01,Camera an ninh,499.000.000,Ngân sách phường,\n"   // row 2: good
                + "2030,KHCN,KHCN-01,Tập huấn,12.5,,\n"                                         // row 3: decimals
                + "2030,Giáo dục,X-1,Không có nhóm,1000,,\n"                                    // row 4: category
                + ",CDS,CDS-02,,-5,,\n"                                                         // row 5: three cells
                + "2030,cds,CDS-01,Trùng mã,1000,,\n")                                          // row 6: repeated code
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(
                        "Tệp có 4 dòng lỗi (6 lỗi); chưa ghi dòng nào. Sửa các ô được chỉ ra rồi nhập lại."))
                .andExpect(jsonPath("$.errors[*].row").value(Matchers.contains(3, 4, 5, 5, 5, 6)))
                .andExpect(jsonPath("$.errors[*].column").value(Matchers.contains("Dự toán (đồng)", "Nhóm chi", "Năm",
                        "Nội dung", "Dự toán (đồng)", "Mã")))
                .andExpect(jsonPath("$.errors[*].value").value(Matchers.contains("12.5", "Giáo dục", "", "", "-5", "CDS-01")))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Số tiền phải là số nguyên đồng, không âm (ví dụ 1.056.000.000)."))
                .andExpect(jsonPath("$.errors[5].message").value("Dòng mã „CDS-01“ năm 2030 đã có ở một dòng trước trong tệp."));
        assertThat(count("budget_line", ward)).isZero();

        upload("canbo." + ward, ward, "budget-line-imports", "du-toan.csv", LINES
                + "2030,Chuyển đổi số,CDS-01,Camera an ninh,499.000.000,Ngân sách phường,\n"
                + "2030,KH&CN,KHCN-01,Tập huấn,120000000,,\n").andExpect(content().json("{\"imported\":2}"));
        // payments: over the estimate across the file's rows, an unknown line, a day outside the year, a bad date
        upload("canbo." + ward, ward, "disbursement-imports", "giai-ngan.csv", PAYMENTS
                + "2030,CDS-01,15/03/2030,300.000.000,UNC 1,,\n"            // row 2: good on its own
                + "2030,CDS-01,20/04/2030,250.000.000,UNC 2,,Giá tăng\n"    // row 3: 550.000.000 > 499.000.000
                + "2030,XX-9,20/04/2030,1.000,UNC 3,,\n"                    // row 4: no such line
                + "2030,KHCN-01,05/01/2031,1.000,UNC 4,,\n"                 // row 5: not in 2030
                + "2030,KHCN-01,31/02/2030,0,UNC 5,,\n")                    // row 6: no such day, nothing paid
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].row").value(Matchers.contains(3, 4, 5, 6, 6)))
                .andExpect(jsonPath("$.errors[*].column").value(Matchers.contains("Số tiền (đồng)", "Mã dòng", "Ngày chi",
                        "Ngày chi", "Số tiền (đồng)")))
                .andExpect(jsonPath("$.errors[0].message").value("Khoản chi này làm dòng CDS-01 giải ngân "
                        + "550.000.000 đồng, vượt dự toán sau điều chỉnh 499.000.000 đồng là 51.000.000 đồng. "
                        + "Chỉ lãnh đạo phường được duyệt chi vượt dự toán, kèm lý do."))
                .andExpect(jsonPath("$.errors[1].message").value("Dự toán năm 2030 không có dòng mã „XX-9“."))
                .andExpect(jsonPath("$.errors[2].message").value("Ngày chi phải thuộc năm ngân sách 2030 của dòng KHCN-01."));
        assertThat(count("disbursement", ward)).isZero();

        // the leader's reason lets the second row through, and is kept
        upload("lanhdao." + ward, ward, "disbursement-imports", "giai-ngan.csv", PAYMENTS
                + "2030,CDS-01,15/03/2030,300.000.000,UNC 1,,\n"
                + "2030,CDS-01,20/04/2030,250.000.000,UNC 2,,Giá tăng\n").andExpect(content().json("{\"imported\":2}"));
        assertThat(jdbc.sql("select override_reason || ' / ' || overridden_by from disbursement where document = 'UNC 2' "
                + "and ward_id = (select id from ward where code = ?)").param(ward).query(String.class).single())
                .isEqualTo("Giá tăng / lanhdao." + ward);
        // the same file again would pay twice: refused
        upload("lanhdao." + ward, ward, "disbursement-imports", "giai-ngan.csv", PAYMENTS
                + "2030,CDS-01,15/03/2030,300.000.000,UNC 1,,\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Đã có khoản giải ngân này (cùng dòng, ngày, số tiền "
                        + "và chứng từ); có thể tệp đã được nhập trước đây."));
        // a line file updates the codes the year has: an estimate below what is paid is a fault
        upload("canbo." + ward, ward, "budget-line-imports", "du-toan.csv", LINES
                + "2030,CDS,CDS-01,Camera an ninh,500.000.000,Ngân sách phường,\n")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message")
                        .value("Dự toán sau điều chỉnh sẽ còn 500.000.000 đồng, ít hơn số đã giải ngân 550.000.000 đồng."));
    }

    @Test
    void anExportImportsBackIntoAnotherWardWithTheSameFigures() throws Exception {
        String from = "ns-xuat";
        String to = "ns-nhap-lai";
        BudgetWards.ensure(mvc, jdbc, from, "Phường Xuất");
        BudgetWards.ensure(mvc, jdbc, to, "Phường Nhập Lại");
        String officer = "canbo." + from;
        long cds = BudgetWards.line(mvc, officer, from, 2030, "CDS", "CDS-01", 499_000_000L);
        long khcn = BudgetWards.line(mvc, officer, from, 2030, "KHCN", "KHCN-01", 120_000_000L);
        BudgetWards.pay(mvc, officer, from, cds, "2030-03-15", 85_000_000L);
        BudgetWards.pay(mvc, officer, from, khcn, "2030-04-15", 35_000_000L);
        mvc.perform(Api.post(officer, "/api/v1/wards/" + from + "/disbursements",
                "{\"budgetLineId\":" + khcn + ",\"paidOn\":\"2030-05-02\",\"amount\":1500000,\"document\":\"=SUM(A1)\","
                        + "\"note\":\"Ghi chú, có dấu phẩy\",\"confirmAmount\":true}")).andExpect(status().isCreated());

        byte[] lines = mvc.perform(get(officer, "/api/v1/wards/" + from + "/budget-lines.csv?year=2030"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(lines, StandardCharsets.UTF_8)).startsWith("\uFEFFNăm,Nhóm chi,Mã,Nội dung,Dự toán (đồng),"
                + "Nguồn kinh phí,Ghi chú,Dự toán sau điều chỉnh (đồng),Đã giải ngân (đồng),Tỷ lệ giải ngân (%)")
                // 36.500.000 × 100 / 120.000.000 = 30,4166… → 30.42
                .contains("2030,Khoa học và công nghệ,KHCN-01,Dòng KHCN-01,120000000,Ngân sách phường,,120000000,36500000,30.42");
        byte[] payments = mvc.perform(get(officer, "/api/v1/wards/" + from + "/disbursements.xlsx?year=2030"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        upload("canbo." + to, to, "budget-line-imports", "du-toan.csv", lines).andExpect(content().json("{\"imported\":2}"));
        // the 1.500.000 payment is under the plausibility floor: confirmed as it was when entered
        upload("canbo." + to, to, "disbursement-imports?confirmAmounts=true", "giai-ngan.xlsx", payments)
                .andExpect(content().json("{\"imported\":3}"));
        String summary = "/budget-summary?year=2030";
        String expected = mvc.perform(get(officer, "/api/v1/wards/" + from + summary)).andReturn().getResponse()
                .getContentAsString();
        mvc.perform(get("canbo." + to, "/api/v1/wards/" + to + summary)).andExpect(content().json(expected,
                org.springframework.test.json.JsonCompareMode.STRICT));
        // text a spreadsheet would run as a formula is exported with a leading apostrophe (common.table), which
        // the import takes off again: the text comes back as it was
        assertThat(jdbc.sql("select document || ' | ' || note from disbursement where amount = 1500000 and ward_id = "
                + "(select id from ward where code = ?)").param(to).query(String.class).single())
                .isEqualTo("=SUM(A1) | Ghi chú, có dấu phẩy");
    }

    private ResultActions upload(String user, String ward, String register, String name, String csv) throws Exception {
        return upload(user, ward, register, name, csv.getBytes(StandardCharsets.UTF_8));
    }

    private ResultActions upload(String user, String ward, String register, String name, byte[] content)
            throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/" + ward + "/" + register)
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(httpBasic(user, Api.PASSWORD)));
    }

    private long count(String table, String ward) {
        return jdbc.sql("select count(*) from " + table + " where ward_id = (select id from ward where code = ?)")
                .param(ward).query(Long.class).single();
    }
}
