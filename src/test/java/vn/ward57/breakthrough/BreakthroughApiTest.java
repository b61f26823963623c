package vn.ward57.breakthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.delete;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/** Breakthrough models through the API: every Phụ lục IX field kept exactly, links to the ward's own tasks/indicators. */
@Ward57Test
class BreakthroughApiTest {

    private static final String MODELS = "/api/v1/wards/an-hai/breakthroughs";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long task(String ward, String code) {
        return jdbc.sql("select t.id from task t join ward w on w.id = t.ward_id where w.code = ? and t.code = ? "
                + "order by t.id limit 1").params(ward, code).query(Long.class).single();
    }

    private long anHaiTask() {
        return jdbc.sql("select t.id from task t join ward w on w.id = t.ward_id where w.code = 'an-hai' "
                + "order by t.id limit 1").query(Long.class).single();
    }

    static String model(String code, String title, String problem, String tasks, String indicators) {
        return """
                {"code":"%s","title":"%s","field":"Chuyển đổi số cộng đồng","problem":%s,
                 "solution":"Hướng dẫn cầm tay chỉ việc","mechanismsResources":"Tổ công nghệ số cộng đồng",
                 "costAndTime":"Xã hội hóa, năm 2026","costVnd":1056000000,"quantifiedResult":"247/247 tổ dân phố",
                 "impact":"Người dân dùng dịch vụ công trực tuyến","lessonsAndScaling":"Nhân rộng khi có tổ CNSCĐ",
                 "risks":"Người cao tuổi khó tiếp cận","headRole":"Chủ tịch UBND phường trực tiếp chỉ đạo",
                 "contactName":"UBND phường An Hải","contactPhone":"0236 3812 345","contactEmail":"ubnd@anhai.gov.vn",
                 "startedOn":"2026-03-01","status":"PILOT","reportYear":2026,"taskIds":%s,"indicatorCodes":%s}
                """.formatted(code, title, problem, tasks, indicators);
    }

    @Test
    void aModelIsCreatedReadUpdatedAndDeletedWithEveryField() throws Exception {
        long task = anHaiTask();
        String body = mvc.perform(post("canbo.anhai", MODELS, model("T-CRUD", "Mô hình thử", "\"Kỹ năng số còn hạn chế\"",
                        "[" + task + "," + task + "]", "[\"HS-TT\"]")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("T-CRUD"))
                .andExpect(jsonPath("$.wardCode").value("an-hai"))
                .andExpect(jsonPath("$.title").value("Mô hình thử"))
                .andExpect(jsonPath("$.field").value("Chuyển đổi số cộng đồng"))
                .andExpect(jsonPath("$.problem").value("Kỹ năng số còn hạn chế"))
                .andExpect(jsonPath("$.solution").value("Hướng dẫn cầm tay chỉ việc"))
                .andExpect(jsonPath("$.mechanismsResources").value("Tổ công nghệ số cộng đồng"))
                .andExpect(jsonPath("$.costAndTime").value("Xã hội hóa, năm 2026"))
                .andExpect(jsonPath("$.costVnd").value(1056000000L))
                .andExpect(jsonPath("$.quantifiedResult").value("247/247 tổ dân phố"))
                .andExpect(jsonPath("$.impact").value("Người dân dùng dịch vụ công trực tuyến"))
                .andExpect(jsonPath("$.lessonsAndScaling").value("Nhân rộng khi có tổ CNSCĐ"))
                .andExpect(jsonPath("$.risks").value("Người cao tuổi khó tiếp cận"))
                .andExpect(jsonPath("$.headRole").value("Chủ tịch UBND phường trực tiếp chỉ đạo"))
                .andExpect(jsonPath("$.contactName").value("UBND phường An Hải"))
                .andExpect(jsonPath("$.contactPhone").value("0236 3812 345"))
                .andExpect(jsonPath("$.contactEmail").value("ubnd@anhai.gov.vn"))
                .andExpect(jsonPath("$.startedOn").value("2026-03-01"))
                .andExpect(jsonPath("$.status").value("PILOT"))
                .andExpect(jsonPath("$.reportYear").value(2026))
                // the same task twice is linked once
                .andExpect(jsonPath("$.taskIds.length()").value(1))
                .andExpect(jsonPath("$.taskIds[0]").value(task))
                .andExpect(jsonPath("$.indicatorCodes[0]").value("HS-TT"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        String self = MODELS + "/" + id;

        mvc.perform(put("canbo.anhai", self, model("T-CRUD", "Mô hình thử đã sửa", "\"Vấn đề mới\"", "[]",
                        "[\"HS-TT\",\"HS-DH\"]").replace("\"PILOT\"", "\"SCALED\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Mô hình thử đã sửa"))
                .andExpect(jsonPath("$.problem").value("Vấn đề mới"))
                .andExpect(jsonPath("$.status").value("SCALED"))
                .andExpect(jsonPath("$.taskIds.length()").value(0))
                .andExpect(jsonPath("$.indicatorCodes", Matchers.contains("HS-DH", "HS-TT")));
        mvc.perform(get("lanhdao.anhai", MODELS + "?q=mo hinh thu da sua")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", Matchers.contains("T-CRUD")));
        mvc.perform(get("lanhdao.anhai", MODELS + "?status=SCALED")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", Matchers.hasItem("T-CRUD")));

        mvc.perform(delete("canbo.anhai", self)).andExpect(status().isNoContent());
        mvc.perform(get("canbo.anhai", self)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from breakthrough_indicator where breakthrough_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void badInputIsRefusedInVietnameseNamingTheFieldAndNothingIsWritten() throws Exception {
        long before = OwnWard.count(jdbc, "breakthrough", "an-hai");
        refused(model("T-BAD", "Mô hình", "null", "[]", "[]"), "problem", "Chưa ghi „Vấn đề cần giải quyết“.");
        refused(model("T-BAD", "M".repeat(301), "\"Vấn đề\"", "[]", "[]"), "title",
                "„Tên mô hình“ dài quá 300 ký tự (đã ghi 301 ký tự).");
        long foreignTask = task("trung-thanh", "KH96-03");
        refused(model("T-BAD", "Mô hình", "\"Vấn đề\"", "[" + anHaiTask() + "," + foreignTask + "]", "[]"), "taskIds",
                "Nhiệm vụ số " + foreignTask + " không phải nhiệm vụ của Phường An Hải; chỉ gắn được nhiệm vụ của phường mình.");
        refused(model("T-BAD", "Mô hình", "\"Vấn đề\"", "[]", "[\"KHONG-CO\"]"), "indicatorCodes",
                "Phường An Hải không có chỉ tiêu „KHONG-CO“; chỉ gắn được chỉ tiêu của phường mình.");
        refused(model("T-BAD", "Mô hình", "\"Vấn đề\"", "[]", "[]").replace("\"PILOT\"", "\"DONE\""), "status",
                "Giá trị „DONE“ không hợp lệ; chọn một trong: PILOT, RUNNING, SCALED, STOPPED.");
        refused(model("MH-01", "Mô hình", "\"Vấn đề\"", "[]", "[]"), "code",
                "Phường An Hải đã có mô hình mã „MH-01“; chọn mã khác.");
        refused(model("T BAD", "Mô hình", "\"Vấn đề\"", "[]", "[]"), "code",
                "Mã „T BAD“ chỉ được gồm chữ, số và các dấu . _ - (không có khoảng trắng).");
        assertThat(OwnWard.count(jdbc, "breakthrough", "an-hai")).isEqualTo(before);
    }

    @Test
    void theDemoModelsOfTrungThanhCarryTheAppendixColumns() throws Exception {
        mvc.perform(get("lanhdao.trungthanh", "/api/v1/wards/trung-thanh/breakthroughs")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", Matchers.contains("MH-01", "MH-02", "MH-03")))
                .andExpect(jsonPath("$[0].mechanismsResources")
                        .value("Nền tảng https://binhdanhocvuso.gov.vn; Tổ công nghệ số cộng đồng"))
                .andExpect(jsonPath("$[0].risks").value("Người cao tuổi còn khó tiếp cận công nghệ"))
                .andExpect(jsonPath("$[2].costVnd").value(499000000))
                .andExpect(jsonPath("$[2].taskIds[0]").value(task("trung-thanh", "KH96-07")))
                .andExpect(jsonPath("$[2].indicatorCodes[0]").value("CAM-TDP"));
    }

    private void refused(String json, String field, String message) throws Exception {
        mvc.perform(post("canbo.anhai", MODELS, json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }
}
