package vn.ward57.breakthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.delete;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;
import vn.ward57.common.WardTime;

/** Recommendations through the API: the Phụ lục X fields, the two groups, overdue, the follow-up log. */
@Ward57Test
class RecommendationApiTest {

    private static final String WARD = "dx-kien-nghi";
    private static final String OFFICER = "canbo." + WARD;
    private static final String LIST = "/api/v1/wards/" + WARD + "/recommendations";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ward() throws Exception {
        OwnWard.create(mvc, jdbc, WARD, "Phường Kiến Nghị");
    }

    static String recommendation(String code, String scope, LocalDate deadline, String status) {
        return """
                {"code":"%s","content":"Đề nghị bố trí kinh phí %s","decidingAuthority":"Sở Khoa học và Công nghệ",
                 "leadBody":"Sở Tài chính","coordinatingBodies":"Các Sở, ngành cấp tỉnh",
                 "expectedOutput":"Bổ sung kinh phí","deadline":"%s","deadlineText":"Năm 2026","scope":"%s","status":%s}
                """.formatted(code, code, deadline, scope, status == null ? "null" : "\"" + status + "\"");
    }

    private long create(String json) throws Exception {
        String body = mvc.perform(post(OFFICER, LIST, json)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void groupsAndOverdueAsWorkedOutByHand() throws Exception {
        LocalDate today = WardTime.today();
        // G-A SELF, deadline yesterday, PROPOSED → overdue (before today, open)
        // G-B SELF, deadline today, PROPOSED → not overdue (today is not before today)
        // G-C HIGHER, deadline 30 days ago, DONE → not overdue (done)
        // G-D HIGHER, deadline 30 days ago, IN_PROGRESS → overdue
        // G-E HIGHER, deadline 30 days ago, REJECTED → not overdue (closed by the level that decides)
        // so: SELF = [G-A, G-B], HIGHER = [G-C, G-D, G-E], overdue = [G-A, G-D]; SELF is listed first
        create(recommendation("G-D", "HIGHER", today.minusDays(30), "IN_PROGRESS"));
        create(recommendation("G-A", "SELF", today.minusDays(1), null));
        create(recommendation("G-C", "HIGHER", today.minusDays(30), "DONE"));
        create(recommendation("G-B", "SELF", today, "PROPOSED"));
        create(recommendation("G-E", "HIGHER", today.minusDays(30), "REJECTED"));

        mvc.perform(get(OFFICER, LIST + "?q=G-")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", Matchers.contains("G-A", "G-B", "G-C", "G-D", "G-E")))
                .andExpect(jsonPath("$[*].overdue", Matchers.contains(true, false, false, true, false)))
                .andExpect(jsonPath("$[*].scope", Matchers.contains("SELF", "SELF", "HIGHER", "HIGHER", "HIGHER")));
        mvc.perform(get(OFFICER, LIST + "?q=G-&scope=SELF"))
                .andExpect(jsonPath("$[*].code", Matchers.contains("G-A", "G-B")));
        mvc.perform(get(OFFICER, LIST + "?q=G-&scope=HIGHER"))
                .andExpect(jsonPath("$[*].code", Matchers.contains("G-C", "G-D", "G-E")));
        mvc.perform(get(OFFICER, LIST + "?q=G-&overdue=true"))
                .andExpect(jsonPath("$[*].code", Matchers.contains("G-A", "G-D")));
        mvc.perform(get(OFFICER, LIST + "?q=G-&overdue=false"))
                .andExpect(jsonPath("$[*].code", Matchers.contains("G-B", "G-C", "G-E")));
        mvc.perform(get(OFFICER, LIST + "?q=G-&status=PROPOSED"))
                .andExpect(jsonPath("$[*].code", Matchers.contains("G-A", "G-B")));
    }

    @Test
    void aRecommendationIsKeptWithEveryFieldAndItsFollowUpLogged() throws Exception {
        LocalDate deadline = LocalDate.of(2026, 12, 31);
        String body = mvc.perform(post(OFFICER, LIST, recommendation("C-1", "HIGHER", deadline, null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.content").value("Đề nghị bố trí kinh phí C-1"))
                .andExpect(jsonPath("$.decidingAuthority").value("Sở Khoa học và Công nghệ"))
                .andExpect(jsonPath("$.leadBody").value("Sở Tài chính"))
                .andExpect(jsonPath("$.coordinatingBodies").value("Các Sở, ngành cấp tỉnh"))
                .andExpect(jsonPath("$.expectedOutput").value("Bổ sung kinh phí"))
                .andExpect(jsonPath("$.deadline").value("2026-12-31"))
                .andExpect(jsonPath("$.deadlineText").value("Năm 2026"))
                .andExpect(jsonPath("$.scope").value("HIGHER"))
                .andExpect(jsonPath("$.status").value("PROPOSED"))
                .andExpect(jsonPath("$.followUps.length()").value(1))
                .andExpect(jsonPath("$.followUps[0].status").value("PROPOSED"))
                .andExpect(jsonPath("$.followUps[0].actor").value(OFFICER))
                .andReturn().getResponse().getContentAsString();
        String self = LIST + "/" + ((Number) JsonPath.read(body, "$.id")).longValue();

        mvc.perform(post(OFFICER, self + "/follow-ups", "{\"status\":\"SENT\",\"onDate\":\"2026-06-12\","
                        + "\"note\":\"Gửi kèm báo cáo sơ kết\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.followUps[*].status", Matchers.containsInAnyOrder("PROPOSED", "SENT")))
                .andExpect(jsonPath("$.followUps[?(@.status == 'SENT')].note", Matchers.contains("Gửi kèm báo cáo sơ kết")))
                .andExpect(jsonPath("$.followUps[?(@.status == 'SENT')].onDate", Matchers.contains("2026-06-12")));
        mvc.perform(put(OFFICER, self, recommendation("C-1", "SELF", deadline, "DONE")
                        .replace("Sở Tài chính", "UBND phường")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value("SELF"))
                .andExpect(jsonPath("$.leadBody").value("UBND phường"))
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.followUps.length()").value(3));

        long logs = jdbc.sql("select count(*) from recommendation_followup").query(Long.class).single();
        // DONE → PROPOSED makes no sense: refused, nothing changed, nothing logged
        mvc.perform(put(OFFICER, self, recommendation("C-1", "SELF", deadline, "PROPOSED")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value("Không chuyển được trạng thái từ „Đã xong“ sang „Đề xuất“."));
        mvc.perform(post(OFFICER, self + "/follow-ups", "{\"status\":\"IN_PROGRESS\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Không chuyển được trạng thái từ „Đã xong“ sang „Đang xử lý“."));
        mvc.perform(get(OFFICER, self)).andExpect(jsonPath("$.status").value("DONE"));
        assertThat(jdbc.sql("select count(*) from recommendation_followup").query(Long.class).single()).isEqualTo(logs);

        mvc.perform(delete(OFFICER, self)).andExpect(status().isNoContent());
        mvc.perform(get(OFFICER, self)).andExpect(status().isNotFound());
    }

    @Test
    void missingAndTooLongFieldsAreRefusedAndNothingIsWritten() throws Exception {
        long before = OwnWard.count(jdbc, "recommendation", WARD);
        LocalDate d = LocalDate.of(2026, 12, 31);
        refused(recommendation("B-1", "SELF", d, null).replace("\"Sở Khoa học và Công nghệ\"", "\"  \""),
                "decidingAuthority", "Chưa ghi „Thẩm quyền xem xét, quyết định“.");
        refused(recommendation("B-1", "SELF", d, null).replace("\"2026-12-31\"", "null"),
                "deadline", "Chưa ghi „Thời hạn hoàn thành“.");
        refused(recommendation("B-1", "", d, null), "scope", "Chưa ghi „Nhóm“.");
        refused(recommendation("B-1", "CITY", d, null), "scope",
                "Giá trị „CITY“ không hợp lệ; chọn một trong: SELF, HIGHER.");
        refused(recommendation("B-1", "SELF", d, null).replace("\"Bổ sung kinh phí\"", "\"" + "x".repeat(2001) + "\""),
                "expectedOutput", "„Sản phẩm/kết quả đầu ra mong muốn“ dài quá 2000 ký tự (đã ghi 2001 ký tự).");
        assertThat(OwnWard.count(jdbc, "recommendation", WARD)).isEqualTo(before);
    }

    @Test
    void theDemoRecommendationsOfTrungThanhAreInTheirGroups() throws Exception {
        mvc.perform(get("lanhdao.trungthanh", "/api/v1/wards/trung-thanh/recommendations"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", Matchers.contains("KN-01", "KN-02", "KN-03", "KN-04", "KN-05")))
                .andExpect(jsonPath("$[*].scope", Matchers.contains("SELF", "HIGHER", "HIGHER", "HIGHER", "HIGHER")))
                .andExpect(jsonPath("$[0].deadlineText").value("6 tháng cuối năm 2026"))
                .andExpect(jsonPath("$[1].coordinatingBodies").value("Sở Tài chính"));
    }

    private void refused(String json, String field, String message) throws Exception {
        mvc.perform(post(OFFICER, LIST, json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }
}
