package vn.ward57.feedback;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/**
 * Issue 20, item 6: a category says whether it is of the Resolution-57 area; the area's figures count only its
 * items, the ward's figures still count all; the on-time rate is a share of what was handled, never over 100 %.
 */
@Ward57Test
class FeedbackAreaTest {

    private static final String WARD = "pa-linh-vuc";
    private static final String LEADER = "lanhdao.pa-linh-vuc";
    private static final String STATS = "/api/v1/wards/" + WARD + "/feedback-stats?from=2026-03-01&to=2026-03-31";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = ?").param(WARD).query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-pa\",\"name\":\"Tỉnh Phản ánh\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-pa/wards", "{\"code\":\"" + WARD + "\",\"name\":\"Phường Lĩnh Vực\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"%s","fullName":"Lãnh đạo","role":"WARD_LEADER","wardCode":"%s","password":"ward57-demo"}
                """.formatted(LEADER, WARD))).andExpect(status().isCreated());
        mvc.perform(put(LEADER, "/api/v1/wards/" + WARD + "/feedback-categories",
                "{\"code\":\"KHCN-CDS\",\"name\":\"Chuyển đổi số, dịch vụ công trực tuyến\",\"deadlineDays\":10,"
                        + "\"nq57Area\":true}")).andExpect(status().isOk());
        // code, category, received, due, answered
        item("A1", "KHCN-CDS", "2026-03-02", "2026-03-10", "2026-03-05");
        item("A2", "KHCN-CDS", "2026-02-20", "2026-03-04", "2026-03-03");   // carried over from February
        item("B1", "DAT-DAI", "2026-03-03", "2026-03-17", null);
        item("B2", "MOI-TRUONG", "2026-03-04", "2026-03-13", null);
        item("B3", "DAT-DAI", "2026-03-05", "2026-03-19", null);
    }

    @Test
    void theCategoriesSayWhichAreOfTheArea() throws Exception {
        mvc.perform(get(LEADER, "/api/v1/wards/" + WARD + "/feedback-categories"))
                .andExpect(jsonPath("$[?(@.code == 'KHCN-CDS')].nq57Area").value(true))
                .andExpect(jsonPath("$[?(@.code == 'DAT-DAI')].nq57Area").value(false));
    }

    @Test
    void theAreaCountsItsOwnItemsAndTheRateStaysWithinAHundred() throws Exception {
        // every category: received in March A1 B1 B2 B3 = 4; handled A1 A2 = 2, both by their due date → 100,00
        mvc.perform(get(LEADER, STATS)).andExpect(jsonPath("$.received").value(4))
                .andExpect(jsonPath("$.resolved").value(2)).andExpect(jsonPath("$.backlog").value(3))
                .andExpect(jsonPath("$.onTimeRate").value(100.0));
        // the area: received A1 = 1; handled A1 A2 = 2 on time. Over received (before issue 20): 2 / 1 = 200 %;
        // over handled: 2 / 2 = 100,00
        mvc.perform(get(LEADER, STATS + "&nq57Area=true")).andExpect(jsonPath("$.received").value(1))
                .andExpect(jsonPath("$.resolved").value(2)).andExpect(jsonPath("$.resolvedOnTime").value(2))
                .andExpect(jsonPath("$.backlog").value(0)).andExpect(jsonPath("$.onTimeRate").value(100.0));
    }

    private void item(String code, String category, String received, String due, String answered) {
        jdbc.sql("""
                insert into feedback_item (ward_id, code, channel, received_on, category_id, content, due_on, state,
                                           answer, answered_on)
                values ((select id from ward where code = :ward), :code, 'IN_PERSON', cast(:received as date),
                        (select c.id from feedback_category c join ward w on w.id = c.ward_id
                         where w.code = :ward and c.code = :category),
                        'Nội dung', cast(:due as date), :state, :answer, cast(:answered as date))
                """).param("ward", WARD).param("code", code).param("received", received).param("category", category)
                .param("due", due).param("state", answered == null ? "RECEIVED" : "ANSWERED")
                .param("answer", answered == null ? null : "Đã trả lời").param("answered", answered).update();
    }
}
