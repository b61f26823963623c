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
    void the766PartsComeFromTheCatalogueAndThePeriodsOnlineDossiers() throws Exception {
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-tthc3\",\"name\":\"Tỉnh TTHC 3\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-tthc3/wards", "{\"code\":\"tthc-ba\",\"name\":\"Phường TTHC 3\"}"));
        upload("tthc-ba", """
                code,name,field,level,online_level
                P1,Thủ tục một,Hộ tịch,WARD,FULL
                P2,Thủ tục hai,Hộ tịch,WARD,PARTIAL
                P3,Thủ tục ba,Hộ tịch,WARD,NONE
                P4,Thủ tục bốn,Hộ tịch,WARD,FULL
                """).andExpect(status().isOk());
        // May: P1 has an online dossier; P2 only one in person (its online one is in June); P3 is not an
        // online procedure; P4's online dossiers fall on 30/4 (before) and 31/5 23:59 (the last day, inside)
        String dossiers = """
                dossier_code,procedure_code,channel,received_at,due_at,resolved_at
                D1,P1,ONLINE,2026-05-10,2026-05-15,2026-05-14
                D2,P2,IN_PERSON,2026-05-11,2026-05-15,2026-05-16
                D3,P3,ONLINE,2026-05-12,2026-05-15,
                D4,P4,ONLINE,2026-04-30,2026-05-05,2026-05-05
                D5,P2,ONLINE,2026-06-01,2026-06-05,
                D6,P4,ONLINE,2026-05-31 23:59,2026-06-05,
                """;
        String location = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/tthc-ba/dossier-imports")
                        .file(new MockMultipartFile("file", "may.csv", "text/csv", dossiers.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("admin", Api.PASSWORD)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        Api.awaitImport(mvc, location);
        mvc.perform(get("admin", "/api/v1/wards/tthc-ba/service-index?from=2026-05-01&to=2026-05-31"))
                .andExpect(jsonPath("$.parts[2].code").value("ONLINE_SERVICE"))
                .andExpect(jsonPath("$.parts[2].components[0].code").value("ONLINE_PROCEDURES"))
                .andExpect(jsonPath("$.parts[2].components[0].score").value(3.75))   // 4 × (3 online of 4 = 75%) / 80%
                .andExpect(jsonPath("$.parts[2].components[1].code").value("ONLINE_SERVICES_USED"))
                .andExpect(jsonPath("$.parts[2].components[1].name").value("Dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến"))
                .andExpect(jsonPath("$.parts[2].components[1].max").value(4))
                .andExpect(jsonPath("$.parts[2].components[1].score").value(2.67))   // 4 × 2 used (P1, P4) of 3 = 2,667
                .andExpect(jsonPath("$.parts[2].components[2].code").value("ONLINE_DOSSIERS"))
                .andExpect(jsonPath("$.parts[2].components[2].score").value(4.00));  // new in May D1 D2 D3 D6: 3 of 4 online = 75% ≥ 50%
        // the dossiers behind a figure, as JSON: May's newly received, by received time
        mvc.perform(get("admin", "/api/v1/wards/tthc-ba/dossiers?from=2026-05-01&to=2026-05-31&figure=newOnline"))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.rows[0].code").value("D1"))
                .andExpect(jsonPath("$.rows[2].code").value("D6"));
        mvc.perform(get("admin", "/api/v1/wards/tthc-ba/dossiers?from=2026-05-01&to=2026-05-31&figure=carriedOver"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.rows[0].code").value("D4"));
        mvc.perform(get("admin", "/api/v1/wards/tthc-ba/dossiers?from=2026-05-01&to=2026-05-31&figure=nothing"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("figure"));
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
