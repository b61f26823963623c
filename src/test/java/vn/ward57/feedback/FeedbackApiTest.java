package vn.ward57.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/** Feedback through the API on a ward of the test's own (pa-mot): the workflow and the 766 figures. */
@Ward57Test
class FeedbackApiTest {

    private static final String WARD = "/api/v1/wards/pa-mot";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = 'pa-mot'").query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-pa\",\"name\":\"Tỉnh Phản ánh\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-pa/wards", "{\"code\":\"pa-mot\",\"name\":\"Phường Phản Ánh\"}"));
        mvc.perform(post("admin", WARD + "/units", "{\"code\":\"kt\",\"name\":\"Phòng Kinh tế\"}"));
        mvc.perform(put("admin", WARD + "/feedback-categories", "{\"code\":\"X\",\"name\":\"Loại X\",\"deadlineDays\":10}"))
                .andExpect(status().isOk());
        mvc.perform(put("admin", WARD + "/feedback-categories", "{\"code\":\"Y\",\"name\":\"Loại Y\",\"deadlineDays\":10}"))
                .andExpect(status().isOk());
        handWorkedItems();
    }

    /**
     * For the period 1/3–31/3/2026 (code, category, received, due, handled):
     * A X 20/2 5/3 4/3 CLOSED · B X 2/3 16/3 20/3 ANSWERED (late) · C X 10/3 24/3 24/3 ANSWERED ·
     * D X 12/3 26/3 — IN_PROGRESS · E Y 25/3 8/4 — RECEIVED · F Y 10/2 24/2 2/4 TRANSFERRED ·
     * G Y 1/4 15/4 — (after the period) · H Y 5/1 19/1 15/1 CLOSED (before) · I X 31/3 14/4 31/3 TRANSFERRED
     * (a repeat of A).
     */
    private void handWorkedItems() {
        item("A", "X", "2026-02-20", "2026-03-05", "2026-03-04", "CLOSED", null);
        item("B", "X", "2026-03-02", "2026-03-16", "2026-03-20", "ANSWERED", null);
        item("C", "X", "2026-03-10", "2026-03-24", "2026-03-24", "ANSWERED", null);
        item("D", "X", "2026-03-12", "2026-03-26", null, "IN_PROGRESS", null);
        item("E", "Y", "2026-03-25", "2026-04-08", null, "RECEIVED", null);
        item("F", "Y", "2026-02-10", "2026-02-24", "2026-04-02", "TRANSFERRED", null);
        item("G", "Y", "2026-04-01", "2026-04-15", null, "RECEIVED", null);
        item("H", "Y", "2026-01-05", "2026-01-19", "2026-01-15", "CLOSED", null);
        item("I", "X", "2026-03-31", "2026-04-14", "2026-03-31", "TRANSFERRED", "PA-T-A");
    }

    private void item(String code, String category, String received, String due, String handled, String state,
                      String repeatOf) {
        boolean answered = state.equals("ANSWERED") || state.equals("CLOSED");
        jdbc.sql("""
                insert into feedback_item (ward_id, code, channel, received_on, category_id, content, due_on, state,
                    answer, answered_on, transferred_to, repeat_of)
                select w.id, ?, 'LETTER', ?, c.id, 'Nội dung ' || ?, ?, ?, ?, ?, ?,
                       (select id from feedback_item r where r.ward_id = w.id and r.code = ?)
                from ward w join feedback_category c on c.ward_id = w.id and c.code = ?
                where w.code = 'pa-mot'
                """).params("PA-T-" + code, LocalDate.parse(received), code, LocalDate.parse(due), state,
                        answered ? "Đã trả lời" : null, handled == null ? null : LocalDate.parse(handled),
                        state.equals("TRANSFERRED") ? "UBND thành phố" : null, repeatOf, category).update();
    }

    @Test
    void theMarchFiguresMatchTheHandWorkedOnes() throws Exception {
        // received in March: B C D E I = 5; handled in March: A B C I = 4, on time A (4/3 ≤ 5/3), C (24/3 = 24/3),
        // I (31/3 ≤ 14/4) = 3, B late; backlog at 31/3: D, E, F (transferred only on 2/4) = 3 (G came after,
        // H was handled before); overdue: D (due 26/3) and F (due 24/2) = 2, E is due 8/4. Rate (on time / handled, issue 20) 3 × 100 / 4 = 75,00.
        mvc.perform(get("canbo.anhai", WARD + "/feedback-stats?from=2026-03-01&to=2026-03-31"))
                .andExpect(status().isForbidden());
        mvc.perform(get("admin", WARD + "/feedback-stats?from=2026-03-01&to=2026-03-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(5))
                .andExpect(jsonPath("$.resolved").value(4))
                .andExpect(jsonPath("$.resolvedOnTime").value(3))
                .andExpect(jsonPath("$.backlog").value(3))
                .andExpect(jsonPath("$.overdue").value(2))
                .andExpect(jsonPath("$.onTimeRate").value(75.00));
        // the whole first quarter: received A B C D E F H I = 8 (G is April); handled in Q1: H A B C I = 5,
        // on time H A C I = 4; backlog and overdue at 31/3 as above
        mvc.perform(get("admin", WARD + "/feedback-stats?from=2026-01-01&to=2026-03-31"))
                .andExpect(jsonPath("$.received").value(8))
                .andExpect(jsonPath("$.resolved").value(5))
                .andExpect(jsonPath("$.resolvedOnTime").value(4))
                .andExpect(jsonPath("$.backlog").value(3))
                .andExpect(jsonPath("$.overdue").value(2));
        mvc.perform(get("admin", WARD + "/feedback-stats?from=2026-03-31&to=2026-03-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Ngày bắt đầu kỳ phải trước hoặc bằng ngày kết thúc."));
    }

    @Autowired
    FeedbackStatsService stats;
    @Autowired
    vn.ward57.org.WardService wards;

    @Test
    void byCategoryAndTheRepeatedAndLongRunningLists() {
        var byCategory = as(() -> stats.byCategory(wards.get("pa-mot"),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        // X: received B C D I = 4, handled A B C I = 4, on time A C I = 3, backlog D = 1, overdue D = 1
        // Y: received E = 1, handled none, backlog E F = 2, overdue F = 1
        assertThat(byCategory).filteredOn(c -> c.code().equals("X")).singleElement()
                .extracting(CategoryStats::figures).isEqualTo(new FeedbackStats(4, 4, 3, 1, 1));
        assertThat(byCategory).filteredOn(c -> c.code().equals("Y")).singleElement()
                .extracting(CategoryStats::figures).isEqualTo(new FeedbackStats(1, 0, 0, 2, 1));
        var repeated = as(() -> stats.repeated(wards.get("pa-mot"),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        assertThat(repeated).extracting(r -> r.code() + "←" + r.repeatOf()).containsExactly("PA-T-I←PA-T-A");
        var longRunning = as(() -> stats.longRunning(wards.get("pa-mot"), LocalDate.of(2026, 3, 31)));
        assertThat(longRunning).extracting(r -> r.code()).containsExactly("PA-T-F", "PA-T-D");
    }

    @Test
    void theWorkflowRefusesASkipAndWritesNothing() throws Exception {
        // received Friday 20/11/2026, MOI-TRUONG (default 7 working days): 23, 24, 25, 26, 27, 30/11, 1/12
        String body = mvc.perform(post("admin", WARD + "/feedback", """
                        {"channel":"HOTLINE_APP","receivedOn":"2026-11-20","category":"MOI-TRUONG",
                         "content":"Rác tồn đọng ở đầu hẻm 12","submitterName":"Nguyễn Văn A","submitterPhone":"0905 123 456"}
                        """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(org.hamcrest.Matchers.startsWith("PA-2026-")))
                .andExpect(jsonPath("$.dueOn").value("2026-12-01"))
                .andExpect(jsonPath("$.state").value("RECEIVED"))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(body, "$.id");
        String path = WARD + "/feedback/" + id + "/state";
        mvc.perform(put("admin", path, "{\"state\":\"ANSWERED\",\"answer\":\"Đã thu gom\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("state"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "Không thể chuyển từ „Đã tiếp nhận“ sang „Đã trả lời“")));
        assertThat(history(id)).isEqualTo(1);
        assertThat(jdbc.sql("select state || coalesce(answer, '-') from feedback_item where id = ?").param(id)
                .query(String.class).single()).isEqualTo("RECEIVED-");
        mvc.perform(put("admin", path, "{\"state\":\"ASSIGNED\",\"unit\":\"kt\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.unitName").value("Phòng Kinh tế"));
        mvc.perform(put("admin", path, "{\"state\":\"IN_PROGRESS\"}")).andExpect(status().isOk());
        mvc.perform(put("admin", path, "{\"state\":\"ANSWERED\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answer"));
        mvc.perform(put("admin", path, "{\"state\":\"ANSWERED\",\"answer\":\"Đã thu gom ngày 21/11\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answeredOn").value(vn.ward57.common.WardTime.today().toString()));
        mvc.perform(put("admin", path, "{\"state\":\"TRANSFERRED\",\"transferredTo\":\"UBND thành phố\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("admin", path, "{\"state\":\"CLOSED\",\"satisfied\":true}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.satisfied").value(true));
        assertThat(history(id)).isEqualTo(5);
        mvc.perform(get("admin", WARD + "/feedback?state=CLOSED&q=hẻm 12"))
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains(id)));
        mvc.perform(get("admin", WARD + "/feedback/" + id + "/history"))
                .andExpect(jsonPath("$[*].toState").value(org.hamcrest.Matchers.contains(
                        "RECEIVED", "ASSIGNED", "IN_PROGRESS", "ANSWERED", "CLOSED")));
    }

    @Test
    void badIntakeIsRefusedInVietnamese() throws Exception {
        mvc.perform(post("admin", WARD + "/feedback", "{\"channel\":\"LETTER\",\"category\":\"X\",\"content\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Nội dung phản ánh, kiến nghị không được để trống."));
        mvc.perform(post("admin", WARD + "/feedback", "{\"channel\":\"LETTER\",\"category\":\"ZZ\",\"content\":\"Đèn hỏng\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Không có lĩnh vực phản ánh „ZZ“ ở phường này."));
        mvc.perform(post("admin", WARD + "/feedback", "{\"channel\":\"PUBLIC_FORM\",\"category\":\"X\",\"content\":\"Đèn\"}"))
                .andExpect(status().isBadRequest());
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    /** Runs a service call as the admin (the figure method is called by the lead's code, not over HTTP). */
    private <T> T as(java.util.function.Supplier<T> call) {
        var user = accounts.loadUserByUsername("admin");
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                user, null, user.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    private long history(int id) {
        return jdbc.sql("select count(*) from feedback_history where item_id = ?").param(id).query(Long.class).single();
    }
}
