package vn.ward57.dossier;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

@Ward57Test
class ProcedureCatalogueTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aCatalogueOf368IsCountedAsSeed002StatesIt() throws Exception {
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-tthc\",\"name\":\"Tỉnh TTHC\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-tthc/wards", "{\"code\":\"tthc-mot\",\"name\":\"Phường TTHC\"}"));
        // 368 procedures: 210 fully online, 137 partly, 21 not online; levels 300 ward, 60 province, 8 central;
        // every 4th accepted regardless of residence (92)
        StringBuilder csv = new StringBuilder("Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Mức độ DVC,Phi địa giới,Có phí\n");
        for (int i = 1; i <= 368; i++) {
            String online = i <= 210 ? "Toàn trình" : i <= 347 ? "Một phần" : "Không";
            String level = i <= 300 ? "Cấp xã" : i <= 360 ? "Cấp tỉnh" : "Trung ương";
            csv.append("1.%06d,Thủ tục %d,Hộ tịch,%s,%s,%s,%s\n".formatted(i, i, level, online, i % 4 == 0 ? "x" : "",
                    i % 2 == 0 ? "có" : "không"));
        }
        upload("tthc-mot", csv.toString()).andExpect(status().isOk())
                .andExpect(jsonPath("$.rowsRead").value(368))
                .andExpect(jsonPath("$.inserted").value(368));
        mvc.perform(get("admin", "/api/v1/wards/tthc-mot/procedure-stats"))
                .andExpect(jsonPath("$.total").value(368))
                .andExpect(jsonPath("$.full").value(210))
                .andExpect(jsonPath("$.partial").value(137))
                .andExpect(jsonPath("$.none").value(21))
                .andExpect(jsonPath("$.ward").value(300))
                .andExpect(jsonPath("$.province").value(60))
                .andExpect(jsonPath("$.central").value(8))
                .andExpect(jsonPath("$.nonResidence").value(92));
        // editing one entry moves it between the counts
        mvc.perform(put("admin", "/api/v1/wards/tthc-mot/procedures/1.000368", """
                {"code":"1.000368","name":"Thủ tục 368","field":"Hộ tịch","level":"CENTRAL","onlineLevel":"FULL"}
                """)).andExpect(status().isOk());
        mvc.perform(get("admin", "/api/v1/wards/tthc-mot/procedure-stats"))
                .andExpect(jsonPath("$.full").value(211))
                .andExpect(jsonPath("$.none").value(20));
    }

    @Test
    void aBrokenCatalogueWritesNothingAndSaysWhere() throws Exception {
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-tthc2\",\"name\":\"Tỉnh TTHC 2\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-tthc2/wards", "{\"code\":\"tthc-hai\",\"name\":\"Phường TTHC 2\"}"));
        String csv = """
                code,name,field,level,online_level
                2.000001,Chứng thực bản sao,Chứng thực,WARD,FULL
                2.000002,,Chứng thực,WARD,FULL
                2.000003,Đăng ký khai sinh,Hộ tịch,HUYEN,FULL
                2.000001,Chứng thực chữ ký,Chứng thực,WARD,PARTIAL
                """;
        upload("tthc-hai", csv).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Có 3 lỗi trong danh mục; không ghi thủ tục nào."))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("name"))
                .andExpect(jsonPath("$.errors[1].value").value("HUYEN"))
                .andExpect(jsonPath("$.errors[2].message").value("Mã thủ tục lặp lại trong tệp."));
        mvc.perform(get("admin", "/api/v1/wards/tthc-hai/procedure-stats")).andExpect(jsonPath("$.total").value(0));
    }

    private ResultActions upload(String ward, String csv) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/" + ward + "/procedure-imports")
                .file(new MockMultipartFile("file", "danh-muc.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic("admin", Api.PASSWORD)));
    }
}
