package vn.ward57.dossier;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/** Issue 19: the commune-level procedure list as the national public-service portal exports it. */
@Ward57Test
class ProcedurePortalLayoutTest {

    @Autowired
    MockMvc mvc;

    @Test
    void thePortalsXlsxListIsReadAsItComes() throws Exception {
        ward("cong-mot");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "DVCQG", "1.0");
        Worksheet s = workbook.newWorksheet("TTHC");
        s.value(0, 0, "DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ");
        s.range(0, 0, 0, 7).merge();
        s.value(1, 0, "(Kèm theo Quyết định số 123/QĐ-UBND ngày 01/7/2025)");
        s.range(1, 0, 1, 7).merge();
        String[] header = {"STT", "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Mức độ", "Phí, lệ phí",
            "Thanh toán trực tuyến"};
        for (int c = 0; c < header.length; c++) {
            s.value(3, c, header[c]);
        }
        s.value(4, 0, "I. LĨNH VỰC HỘ TỊCH");
        s.range(4, 0, 4, 7).merge();
        Object[][] rows = {
            {"1.001193", "Đăng ký khai sinh", "Hộ tịch", "Cấp Xã", "Toàn trình", "Không", "Không"},
            {1.00012, "Đăng ký kết hôn", null, "Cấp Xã", "DVC trực tuyến toàn trình", "Không thu phí", ""},
            {"1.001022", "Trích lục hộ tịch", null, "Cấp xã", "Mức độ 3", "Lệ phí 8.000 đồng/bản", "Có"},
            {"2.000815", "Chứng thực bản sao", "Chứng thực", "Cấp Xã", "Một phần", "Phí 2.000 đồng/trang", "x"},
            {"2.000884", "Chứng thực chữ ký", null, "Cấp Xã", "Mức độ 2", "Phí chứng thực theo quy định", ""},
            {"1.004227", "Hòa giải tranh chấp đất đai", "Đất đai", "Cấp Xã", "", "", ""}};
        for (int i = 0; i < rows.length; i++) {
            int r = 5 + i;
            s.value(r, 0, i + 1);
            if (rows[i][0] instanceof Double code) {
                s.value(r, 1, code);      // a code the spreadsheet took for a number, General format: 1.00012
            } else {
                s.value(r, 1, (String) rows[i][0]);
            }
            for (int c = 1; c < rows[i].length; c++) {
                if (rows[i][c] != null) {
                    s.value(r, c + 1, (String) rows[i][c]);
                }
            }
        }
        s.range(5, 3, 7, 3).merge();
        s.range(8, 3, 9, 3).merge();
        s.value(11, 0, "Tổng số: 6 thủ tục");
        s.range(11, 0, 11, 2).merge();
        workbook.finish();

        upload("cong-mot", "dvcqg.xlsx", out.toByteArray()).andExpect(status().isOk())
                .andExpect(jsonPath("$.rowsRead").value(6))
                .andExpect(jsonPath("$.inserted").value(6));
        mvc.perform(get("admin", "/api/v1/wards/cong-mot/procedure-stats"))
                .andExpect(jsonPath("$.total").value(6))
                .andExpect(jsonPath("$.ward").value(6))
                .andExpect(jsonPath("$.full").value(2))
                .andExpect(jsonPath("$.partial").value(2))
                .andExpect(jsonPath("$.none").value(2));
        String kethon = "$[?(@.code == '1.000120')]";
        mvc.perform(get("admin", "/api/v1/wards/cong-mot/procedures"))
                .andExpect(jsonPath(kethon + ".field").value("Hộ tịch"))
                .andExpect(jsonPath(kethon + ".onlineLevel").value("FULL"))
                .andExpect(jsonPath(kethon + ".hasFee").value(false))
                .andExpect(jsonPath("$[?(@.code == '1.001022')].hasFee").value(true))
                .andExpect(jsonPath("$[?(@.code == '1.001022')].onlinePayment").value(true))
                .andExpect(jsonPath("$[?(@.code == '1.001022')].field").value("Hộ tịch"))
                .andExpect(jsonPath("$[?(@.code == '2.000884')].field").value("Chứng thực"))
                .andExpect(jsonPath("$[?(@.code == '2.000884')].hasFee").value(true))
                .andExpect(jsonPath("$[?(@.code == '2.000884')].onlineLevel").value("NONE"))
                .andExpect(jsonPath("$[?(@.code == '2.000815')].onlinePayment").value(true))
                .andExpect(jsonPath("$[?(@.code == '1.001193')].hasFee").value(false))
                .andExpect(jsonPath("$[?(@.code == '1.004227')].hasFee").value(false));
    }

    @Test
    void aFaultUnderTitleRowsNamesTheFilesRow() throws Exception {
        ward("cong-hai");
        String csv = """
                DANH MỤC THỦ TỤC HÀNH CHÍNH
                ,
                STT,Mã TTHC,Tên TTHC,Lĩnh vực,Cấp thực hiện,Dịch vụ công trực tuyến
                1,1.001193,Đăng ký khai sinh,Hộ tịch,Cấp Xã,Toàn trình
                2,1.001194,Đăng ký khai tử,Hộ tịch,Cấp huyện,Toàn trình
                3,1.001195,Đăng ký giám hộ,Hộ tịch,Cấp Xã,Mức độ 9
                """;
        upload("cong-hai", "dm.csv", csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(5))
                .andExpect(jsonPath("$.errors[0].value").value("Cấp huyện"))
                .andExpect(jsonPath("$.errors[1].row").value(6))
                .andExpect(jsonPath("$.errors[1].column").value("online_level"));
    }

    private void ward(String code) throws Exception {
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-cong\",\"name\":\"Tỉnh Cổng\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-cong/wards",
                "{\"code\":\"" + code + "\",\"name\":\"Phường " + code + "\"}"));
    }

    private ResultActions upload(String ward, String name, byte[] content) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/" + ward + "/procedure-imports")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(httpBasic("admin", Api.PASSWORD)));
    }
}
