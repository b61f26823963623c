package vn.ward57.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;
import vn.ward57.common.WardTime;

/** The registers' files: all or nothing with every faulty cell listed, and an export that imports back. */
@Ward57Test
class AssetImportTest {

    private static final String WARD = "tb-tep";
    private static final String OFFICER = "canbo." + WARD;
    private static final String API = "/api/v1/wards/" + WARD;
    private static final String ASSET_HEADER =
            "Loại thiết bị,Tên thiết bị,Đơn vị,Tổ dân phố,Vị trí,Số lượng,Năm trang bị,Tình trạng,Ghi chú\n";
    private static final String CERTIFICATE_HEADER =
            "Ngày cấp,Loại,Cấp cho,Hình thức,\"Tên cơ quan, cá nhân\",Số lượng,Văn bản,Ghi chú\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ward() throws Exception {
        TestWard.create(mvc, jdbc, WARD, "Phường Tệp");
    }

    @Test
    void anAssetFileWithFaultyRowsIsRefusedWholeWithEveryFaultyCell() throws Exception {
        long before = TestWard.count(jdbc, "asset", WARD);
        int year = WardTime.thisYear();
        String csv = ASSET_HEADER
                + "Máy tính,Máy tính một cửa,pvhcc,,Quầy 1,4,2024,Tốt,\n"                 // row 2: good
                + "Laptop,Máy xách tay,pvhcc,,,1,2024,,\n"                                 // row 3: kind
                + "Camera,Camera ngã tư,ca,tdp-001,,0,2024,,\n"                            // row 4: group, quantity
                + "\"Máy in, máy quét\",,vp-hdnd-ubnd,,,-2," + (year + 1) + ",Mất,\n"       // row 5: five faults
                + "Điểm mạng,Điểm mạng tầng 2,,,,abc,,,\n";                                // row 6: quantity
        String body = importFile("asset-imports", "thiet-bi.csv", csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.errorTotal").value(9))
                .andExpect(jsonPath("$.message").value(
                        "Tệp có 4 dòng lỗi (9 lỗi); chưa ghi dòng nào. Sửa các ô được chỉ ra rồi nhập lại."))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> errors = JsonPath.read(body, "$.errors");
        assertThat(errors).extracting(e -> ((Number) e.get("row")).longValue(), e -> e.get("column"), e -> e.get("value"))
                .containsExactly(
                        tuple(3L, "Loại thiết bị", "Laptop"),
                        tuple(4L, "Tổ dân phố", "tdp-001"),
                        tuple(4L, "Số lượng", "0"),
                        tuple(5L, "Tên thiết bị", ""),
                        tuple(5L, "Đơn vị", "vp-hdnd-ubnd"),
                        tuple(5L, "Số lượng", "-2"),
                        tuple(5L, "Năm trang bị", String.valueOf(year + 1)),
                        tuple(5L, "Tình trạng", "Mất"),
                        tuple(6L, "Số lượng", "abc"));
        assertThat(errors).extracting(e -> e.get("message")).contains(
                "Phường Tệp không có tổ dân phố „tdp-001“; chỉ chọn được tổ dân phố của phường mình.",
                "Số lượng phải là số nguyên lớn hơn 0; đã ghi „0“.",
                "Ô này không được để trống.",
                "Năm trang bị phải từ 1990 đến năm nay (" + year + "); đã ghi " + (year + 1) + ".",
                "Phải là số nguyên không âm.");
        assertThat(TestWard.count(jdbc, "asset", WARD)).isEqualTo(before);
    }

    @Test
    void aGoodAssetFileIsWrittenWhole() throws Exception {
        String csv = ASSET_HEADER
                + "Máy tính,Máy tính nhập tệp,Trung tâm Phục vụ hành chính công,,Quầy 2,\"1.200\",2023,,\n"
                + "camera,Camera nhập tệp,ca,to-3,Ngã ba,2,2025,Cần sửa chữa,Ghi chú\n"
                + "WIFI_POINT,Wi-Fi nhập tệp,,Tổ dân phố 4,Nhà văn hóa,1,,OUT_OF_SERVICE,\n";
        importFile("asset-imports", "tot.csv", csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(jsonPath("$.status").value("SUCCEEDED")).andExpect(jsonPath("$.rowsImported").value(3));
        mvc.perform(get(OFFICER, API + "/assets?q=nhap tep"))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].kind").value("COMPUTER"))
                .andExpect(jsonPath("$[0].unit").value("pvhcc"))
                .andExpect(jsonPath("$[0].quantity").value(1200))
                .andExpect(jsonPath("$[0].condition").value("GOOD"))
                .andExpect(jsonPath("$[1].kind").value("WIFI_POINT"))
                .andExpect(jsonPath("$[1].group").value("to-4"))
                .andExpect(jsonPath("$[1].condition").value("OUT_OF_SERVICE"))
                .andExpect(jsonPath("$[2].kind").value("CAMERA"))
                .andExpect(jsonPath("$[2].group").value("to-3"))
                .andExpect(jsonPath("$[2].condition").value("NEEDS_REPAIR"))
                .andExpect(jsonPath("$[2].note").value("Ghi chú"));
    }

    @Test
    void anAssetExportImportsBackAsCsvAndAsXlsx() throws Exception {
        for (String format : new String[] {"csv", "xlsx"}) {
            String marker = "Vòng " + format;
            mvc.perform(post(OFFICER, API + "/assets", """
                    {"kind":"CAMERA","name":"%s camera","unit":"ca","group":"to-2","location":"Cổng, ngõ 5",
                     "quantity":3,"acquiredYear":2022,"installedOn":"2022-03-15","removedOn":"2026-01-10",
                     "condition":"NEEDS_REPAIR","note":"Ghi chú; có dấu phẩy, ngoặc \\"kép\\""}
                    """.formatted(marker))).andExpect(status().isCreated());
            mvc.perform(post(OFFICER, API + "/assets", """
                    {"kind":"SERVER","name":"%s máy chủ","quantity":1}
                    """.formatted(marker))).andExpect(status().isCreated());
            String before = mvc.perform(get(OFFICER, API + "/assets").param("q", marker)).andReturn().getResponse()
                    .getContentAsString();
            assertThat(withoutIds(before)).hasSize(2);
            byte[] file = mvc.perform(get(OFFICER, API + "/assets." + format).param("q", marker))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            importFile("asset-imports", "lai." + format, file).andExpect(jsonPath("$.status").value("SUCCEEDED"))
                    .andExpect(jsonPath("$.rowsImported").value(2));
            String after = mvc.perform(get(OFFICER, API + "/assets").param("q", marker)).andReturn().getResponse()
                    .getContentAsString();
            // every entry is there twice, the same but for its id
            assertThat(withoutIds(after)).hasSize(4).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.Stream.concat(withoutIds(before).stream(), withoutIds(before).stream()).toList());
        }
    }

    @Test
    void aCertificateFileWithFaultyRowsIsRefusedWholeAndAGoodOneWritten() throws Exception {
        long before = TestWard.count(jdbc, "certificate_issue", WARD);
        String bad = CERTIFICATE_HEADER
                + "30/02/2026,Chứng thư số,Cá nhân,Cấp mới,,3,,\n"                   // row 2: date
                + "15/01/2026,Chữ ký số,Hộ gia đình,Thu hồi,,-1,,\n"                 // row 3: four faults
                + ",Chứng thư số,Cá nhân,Cấp mới,,1,,\n";                            // row 4: no date
        String body = importFile("certificate-imports", "cts.csv", bad.getBytes(StandardCharsets.UTF_8))
                .andExpect(jsonPath("$.status").value("FAILED")).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> errors = JsonPath.read(body, "$.errors");
        assertThat(errors).extracting(e -> ((Number) e.get("row")).longValue(), e -> e.get("column"), e -> e.get("message"))
                .containsExactly(
                        tuple(2L, "Ngày cấp", "Ngày cấp „30/02/2026“ không phải ngày có thật; ghi dạng 15/01/2026."),
                        tuple(3L, "Loại", "Loại „Chữ ký số“ không có; chọn một trong: DIGITAL_CERTIFICATE (Chứng thư số); "
                                + "OFFICIAL_EMAIL (Thư điện tử công vụ)."),
                        tuple(3L, "Cấp cho", "Đối tượng „Hộ gia đình“ không có; chọn một trong: BODY (Cơ quan, tổ chức); "
                                + "PERSON (Cá nhân)."),
                        tuple(3L, "Hình thức", "Hình thức „Thu hồi“ không có; chọn một trong: NEW (Cấp mới); "
                                + "RENEWED (Gia hạn); CHANGED (Thay đổi thông tin)."),
                        tuple(3L, "Số lượng", "Số lượng phải là số nguyên lớn hơn 0; đã ghi „-1“."),
                        tuple(4L, "Ngày cấp", "Ô này không được để trống."));
        assertThat(TestWard.count(jdbc, "certificate_issue", WARD)).isEqualTo(before);

        String good = CERTIFICATE_HEADER
                + "15/01/2026,Chứng thư số,Cơ quan, tổ chức,Cấp mới,UBND phường,1,12/UBND,\n".replace(
                        "Cơ quan, tổ chức", "\"Cơ quan, tổ chức\"")
                + "2026-01-20,OFFICIAL_EMAIL,PERSON,RENEWED,Cán bộ,\"1.000\",,Gia hạn hộp thư\n";
        importFile("certificate-imports", "cts.csv", good.getBytes(StandardCharsets.UTF_8))
                .andExpect(jsonPath("$.status").value("SUCCEEDED")).andExpect(jsonPath("$.rowsImported").value(2));
        mvc.perform(get(OFFICER, API + "/certificates?from=2026-01-15&to=2026-01-20"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].issuedOn").value("2026-01-20"))
                .andExpect(jsonPath("$[0].quantity").value(1000))
                .andExpect(jsonPath("$[1].holder").value("BODY"))
                .andExpect(jsonPath("$[1].document").value("12/UBND"));
    }

    @Test
    void aCertificateExportImportsBackAsCsvAndAsXlsx() throws Exception {
        for (String format : new String[] {"csv", "xlsx"}) {
            String day = format.equals("csv") ? "2025-03-03" : "2025-03-04";
            mvc.perform(post(OFFICER, API + "/certificates", """
                    {"issuedOn":"%s","kind":"DIGITAL_CERTIFICATE","holder":"PERSON","action":"CHANGED",
                     "holderName":"Nguyễn Văn A, Phòng Kinh tế","quantity":2,"document":"7/UBND","note":"Đổi chức danh"}
                    """.formatted(day))).andExpect(status().isCreated());
            String query = "?from=" + day + "&to=" + day;
            String before = mvc.perform(get(OFFICER, API + "/certificates" + query)).andReturn().getResponse()
                    .getContentAsString();
            assertThat(withoutIds(before)).hasSize(1);
            byte[] file = mvc.perform(get(OFFICER, API + "/certificates." + format + query))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            importFile("certificate-imports", "lai." + format, file).andExpect(jsonPath("$.rowsImported").value(1));
            String after = mvc.perform(get(OFFICER, API + "/certificates" + query)).andReturn().getResponse()
                    .getContentAsString();
            assertThat(withoutIds(after)).hasSize(2).allSatisfy(
                    row -> assertThat(row).isEqualTo(withoutIds(before).getFirst()));
        }
    }

    @Test
    void anImportIsRefusedToAnotherWardsOfficerAndWithoutAFile() throws Exception {
        importFile("asset-imports", "x.csv", ASSET_HEADER.getBytes(StandardCharsets.UTF_8), "canbo.anhai")
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.multipart(API + "/asset-imports").with(httpBasic(OFFICER, Api.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Hãy chọn tệp CSV hoặc XLSX để nhập."));
        importFile("asset-imports", "x.pdf", "%PDF".getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest());
    }

    private ResultActions importFile(String route, String name, byte[] content) throws Exception {
        return importFile(route, name, content, OFFICER);
    }

    /** Posts the file and follows its import to the end (the import runs in the background since issue 21). */
    private ResultActions importFile(String route, String name, byte[] content, String user) throws Exception {
        return Api.importRegister(mvc, user, API + "/" + route, name, content);
    }

    private static List<Map<String, Object>> withoutIds(String json) {
        List<Map<String, Object>> rows = JsonPath.read(json, "$");
        rows.forEach(r -> r.remove("id"));
        return rows;
    }
}
