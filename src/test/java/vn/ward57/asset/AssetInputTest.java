package vn.ward57.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.delete;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ward57.Ward57Test;
import vn.ward57.common.WardTime;

/** Refused inputs say where and why, and write nothing; the register keeps to its own ward. */
@Ward57Test
class AssetInputTest {

    private static final String WARD = "tb-nhap-lieu";
    private static final String OFFICER = "canbo." + WARD;
    private static final String ASSETS = "/api/v1/wards/" + WARD + "/assets";
    private static final String CERTIFICATES = "/api/v1/wards/" + WARD + "/certificates";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ward() throws Exception {
        TestWard.create(mvc, jdbc, WARD, "Phường Nhập Liệu");
    }

    @Test
    void anAssetWithAUnitOrGroupOfAnotherWardIsRefusedNamingTheCode() throws Exception {
        long before = TestWard.count(jdbc, "asset", WARD);
        refused(ASSETS, asset("COMPUTER", "\"vp-hdnd-ubnd\"", "null", "3", "2024"), "unit",
                "Phường Nhập Liệu không có đơn vị „vp-hdnd-ubnd“; chỉ chọn được đơn vị của phường mình.");
        refused(ASSETS, asset("CAMERA", "null", "\"tdp-001\"", "2", "2024"), "group",
                "Phường Nhập Liệu không có tổ dân phố „tdp-001“; chỉ chọn được tổ dân phố của phường mình.");
        assertThat(TestWard.count(jdbc, "asset", WARD)).isEqualTo(before);
    }

    @Test
    void aQuantityNotAboveZeroAYearToComeAndAnUnknownKindAreRefused() throws Exception {
        long before = TestWard.count(jdbc, "asset", WARD);
        refused(ASSETS, asset("COMPUTER", "\"pvhcc\"", "null", "0", "2024"), "quantity",
                "Số lượng phải là số nguyên lớn hơn 0; đã ghi „0“.");
        refused(ASSETS, asset("COMPUTER", "\"pvhcc\"", "null", "-2", "2024"), "quantity",
                "Số lượng phải là số nguyên lớn hơn 0; đã ghi „-2“.");
        int thisYear = WardTime.thisYear();
        refused(ASSETS, asset("COMPUTER", "\"pvhcc\"", "null", "1", String.valueOf(thisYear + 1)), "acquiredYear",
                "Năm trang bị phải từ 1990 đến năm nay (" + thisYear + "); đã ghi " + (thisYear + 1) + ".");
        refused(ASSETS, asset("COMPUTER", "\"pvhcc\"", "null", "1", "1989"), "acquiredYear",
                "Năm trang bị phải từ 1990 đến năm nay (" + thisYear + "); đã ghi 1989.");
        refused(ASSETS, asset("LAPTOP", "\"pvhcc\"", "null", "1", "2024"), "kind",
                "Loại thiết bị „LAPTOP“ không có; chọn một trong: COMPUTER (Máy tính); PRINTER_SCANNER (Máy in, máy quét); "
                        + "SCREEN (Màn hình, tivi); KIOSK (Máy tra cứu (kiosk)); SERVER (Máy chủ); NETWORK_POINT (Điểm mạng); "
                        + "WIFI_POINT (Điểm phát Wi-Fi); CAMERA (Camera); OTHER (Khác).");
        refused(ASSETS, "{\"kind\":\"COMPUTER\",\"quantity\":1}", "name", "Hãy ghi tên thiết bị.");
        refused(ASSETS, "{\"kind\":\"COMPUTER\",\"name\":\"Máy\"}", "quantity", "Hãy ghi số lượng.");
        assertThat(TestWard.count(jdbc, "asset", WARD)).isEqualTo(before);
    }

    @Test
    void aLabelIsTakenForTheCodeAndAnEditThatBreaksARuleChangesNothing() throws Exception {
        String body = mvc.perform(post(OFFICER, ASSETS, """
                        {"kind":"máy in, máy quét","name":"Máy in một cửa","unit":"Trung tâm Phục vụ hành chính công",
                         "quantity":2,"condition":"cần sửa chữa"}
                        """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("PRINTER_SCANNER"))
                .andExpect(jsonPath("$.unit").value("pvhcc"))
                .andExpect(jsonPath("$.condition").value("NEEDS_REPAIR"))
                .andReturn().getResponse().getContentAsString();
        String self = ASSETS + "/" + JsonPath.<Integer>read(body, "$.id");
        refused(self, null, asset("PRINTER_SCANNER", "\"pvhcc\"", "\"tdp-01\"", "2", "2024"), "group",
                "Phường Nhập Liệu không có tổ dân phố „tdp-01“; chỉ chọn được tổ dân phố của phường mình.");
        mvc.perform(get(OFFICER, self)).andExpect(jsonPath("$.quantity").value(2))
                .andExpect(jsonPath("$.group").doesNotExist());
        mvc.perform(put(OFFICER, self, asset("PRINTER_SCANNER", "\"pvhcc\"", "\"to-2\"", "3", "2023")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.group").value("to-2"))
                .andExpect(jsonPath("$.groupName").value("Tổ dân phố 2")).andExpect(jsonPath("$.quantity").value(3));
        mvc.perform(delete(OFFICER, self)).andExpect(status().isNoContent());
        mvc.perform(get(OFFICER, self)).andExpect(status().isNotFound());
    }

    @Test
    void anotherWardsRecordIsNotFoundThroughThisWardAndItsOfficerIsRefused() throws Exception {
        long anHaiAsset = jdbc.sql("select a.id from asset a join ward w on w.id = a.ward_id where w.code = 'an-hai'"
                + " order by a.id limit 1").query(Long.class).single();
        mvc.perform(get(OFFICER, ASSETS + "/" + anHaiAsset)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy thiết bị số " + anHaiAsset + " của Phường Nhập Liệu."));
        mvc.perform(delete(OFFICER, ASSETS + "/" + anHaiAsset)).andExpect(status().isNotFound());
        mvc.perform(get(OFFICER, "/api/v1/wards/an-hai/assets/" + anHaiAsset)).andExpect(status().isForbidden());
        mvc.perform(post("canbo.anhai", ASSETS, asset("COMPUTER", "null", "null", "1", "2024")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCertificateLineWithADayThatDoesNotExistOrAWrongChoiceIsRefused() throws Exception {
        long before = TestWard.count(jdbc, "certificate_issue", WARD);
        refused(CERTIFICATES, issue("2026-02-30", "DIGITAL_CERTIFICATE", "PERSON", "NEW", "3"), "issuedOn",
                "Ngày cấp „2026-02-30“ không phải ngày có thật; ghi dạng 15/01/2026.");
        refused(CERTIFICATES, issue("31/4/2026", "DIGITAL_CERTIFICATE", "PERSON", "NEW", "3"), "issuedOn",
                "Ngày cấp „31/4/2026“ không phải ngày có thật; ghi dạng 15/01/2026.");
        String tomorrow = WardTime.today().plusDays(1).toString();
        refused(CERTIFICATES, issue(tomorrow, "DIGITAL_CERTIFICATE", "PERSON", "NEW", "3"), "issuedOn",
                "Ngày cấp " + WardTime.today().plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/M/yyyy"))
                        + " ở sau hôm nay.");
        refused(CERTIFICATES, issue("2026-02-03", "CHU_KY_SO", "PERSON", "NEW", "3"), "kind",
                "Loại „CHU_KY_SO“ không có; chọn một trong: DIGITAL_CERTIFICATE (Chứng thư số); "
                        + "OFFICIAL_EMAIL (Thư điện tử công vụ).");
        refused(CERTIFICATES, issue("2026-02-03", "DIGITAL_CERTIFICATE", "FAMILY", "NEW", "3"), "holder",
                "Đối tượng „FAMILY“ không có; chọn một trong: BODY (Cơ quan, tổ chức); PERSON (Cá nhân).");
        refused(CERTIFICATES, issue("2026-02-03", "DIGITAL_CERTIFICATE", "PERSON", "REVOKED", "3"), "action",
                "Hình thức „REVOKED“ không có; chọn một trong: NEW (Cấp mới); RENEWED (Gia hạn); "
                        + "CHANGED (Thay đổi thông tin).");
        refused(CERTIFICATES, issue("2026-02-03", "DIGITAL_CERTIFICATE", "PERSON", "NEW", "0"), "quantity",
                "Số lượng phải là số nguyên lớn hơn 0; đã ghi „0“.");
        assertThat(TestWard.count(jdbc, "certificate_issue", WARD)).isEqualTo(before);
        // a label and a Vietnamese date are read as well
        mvc.perform(post(OFFICER, CERTIFICATES, issue("03/2/2026", "thư điện tử công vụ", "cá nhân", "cấp mới", "4")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.issuedOn").value("2026-02-03"))
                .andExpect(jsonPath("$.kind").value("OFFICIAL_EMAIL"));
    }

    private void refused(String path, String json, String field, String message) throws Exception {
        refused(null, path, json, field, message);
    }

    /** POSTs (or PUTs, when put is given) and expects 400 with the message at the field. */
    private void refused(String putPath, String postPath, String json, String field, String message) throws Exception {
        ResultActions result = mvc.perform(putPath == null ? post(OFFICER, postPath, json) : put(OFFICER, putPath, json));
        result.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(message))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }

    private static String asset(String kind, String unit, String group, String quantity, String year) {
        return """
                {"kind":"%s","name":"Thiết bị thử","unit":%s,"group":%s,"quantity":%s,"acquiredYear":%s}
                """.formatted(kind, unit, group, quantity, year);
    }

    private static String issue(String on, String kind, String holder, String action, String quantity) {
        return """
                {"issuedOn":"%s","kind":"%s","holder":"%s","action":"%s","holderName":"Cán bộ","quantity":%s}
                """.formatted(on, kind, holder, action, quantity);
    }
}
