package vn.ward57.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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

/**
 * Task states and the traffic light at the boundaries, on nine tasks whose answers are worked out
 * by hand below (units vp and vh; phase 1 except T4 and T5, phase 2):
 * <pre>
 * task start  deadline    completed   notes
 * T1   1/3    31/3        31/3        completed on its deadline
 * T2   1/3    31/3        1/4         completed the day after
 * T3   1/3    31/3        —
 * T4   1/3    (recurring) 10/5
 * T5   1/3    (recurring) —
 * T6   1/3    5/4         —
 * T7   1/3    30/4        15/5        unit vh; on 20/4 the deadline became 31/5
 * T8   10/4   20/4        —           not yet assigned before 10/4
 * T9   1/3    20/3        15/3        reopened today
 * </pre>
 */
@Ward57Test
class TaskStatsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static final Map<String, Long> ids = new HashMap<>();

    @BeforeEach
    void nineTasks() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = 'nv-mot'").query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-nv\",\"name\":\"Tỉnh Nhiệm vụ\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-nv/wards", "{\"code\":\"nv-mot\",\"name\":\"Phường Nhiệm Vụ\"}"));
        mvc.perform(post("admin", "/api/v1/wards/nv-mot/units", "{\"code\":\"vp\",\"name\":\"Văn phòng\"}"));
        mvc.perform(post("admin", "/api/v1/wards/nv-mot/units", "{\"code\":\"vh\",\"name\":\"Phòng Văn hóa - Xã hội\"}"));
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"lanhdao.nv","fullName":"Lãnh đạo","role":"WARD_LEADER","wardCode":"nv-mot","password":"ward57-demo"}
                """)).andExpect(status().isCreated());
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"canbo.nv.vp","fullName":"Cán bộ VP","role":"WARD_OFFICER","wardCode":"nv-mot","unitCode":"vp","password":"ward57-demo"}
                """)).andExpect(status().isCreated());
        String directive = mvc.perform(post("canbo.nv.vp", "/api/v1/wards/nv-mot/directives", """
                {"type":"KH","number":"02-KH/BCĐTW","issuedOn":"2025-06-19","issuer":"Ban Chỉ đạo Trung ương",
                 "title":"Kế hoạch triển khai Nghị quyết 57","signerRole":"DEPUTY","issuedByWard":false}
                """)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("KH"))
                .andReturn().getResponse().getContentAsString();
        long d = JsonPath.<Integer>read(directive, "$.id");
        ids.put("D", d);
        task(d, "T1", "1", "vp", "2026-03-01", "2026-03-31");
        task(d, "T2", "1", "vp", "2026-03-01", "2026-03-31");
        task(d, "T3", "1", "vp", "2026-03-01", "2026-03-31");
        task(d, "T4", "2", "vp", "2026-03-01", null);
        task(d, "T5", "2", "vp", "2026-03-01", null);
        task(d, "T6", "1", "vp", "2026-03-01", "2026-04-05");
        task(d, "T7", "1", "vh", "2026-03-01", "2026-04-30");
        task(d, "T8", "1", "vp", "2026-04-10", "2026-04-20");
        task(d, "T9", "1", "vp", "2026-03-01", "2026-03-20");
        complete("canbo.nv.vp", "T1", "2026-03-31").andExpect(status().isOk());
        complete("canbo.nv.vp", "T2", "2026-04-01").andExpect(status().isOk());
        complete("canbo.nv.vp", "T4", "2026-05-10").andExpect(status().isOk());
        complete("lanhdao.nv", "T7", "2026-05-15").andExpect(status().isOk());
        complete("canbo.nv.vp", "T9", "2026-03-15").andExpect(status().isOk());
        mvc.perform(post("lanhdao.nv", "/api/v1/tasks/" + ids.get("T7") + "/extend",
                "{\"deadline\":\"2026-05-31\",\"reason\":\"Chờ hướng dẫn của tỉnh\",\"decidedOn\":\"2026-04-20\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("canbo.nv.vp", "/api/v1/tasks/" + ids.get("T9") + "/reopen",
                "{\"reason\":\"Minh chứng chưa đủ\"}")).andExpect(status().isOk());
    }

    @Test
    void onTheDeadlineDayNothingIsOverdueAndThreeTasksAreDueSoon() throws Exception {
        // assigned by 31/3: all but T8. Done on time: T1 (on its deadline), T9 (reopened only today).
        // T2 and T3 are due that day: in progress within deadline; T2, T3, T6 are due within 7 days: YELLOW
        stats("2026-03-31", "")
                .andExpect(jsonPath("$.assigned").value(8))
                .andExpect(jsonPath("$.doneOnTime").value(2))
                .andExpect(jsonPath("$.doneLate").value(0))
                .andExpect(jsonPath("$.inProgressWithinDeadline").value(6))
                .andExpect(jsonPath("$.overdueNotDone").value(0))
                .andExpect(jsonPath("$.completionRate").value(25.00))
                .andExpect(jsonPath("$.light").value("YELLOW"));
    }

    @Test
    void theDayAfterTheDeadlineOneIsLateOneOverdueAndTheLightIsRed() throws Exception {
        // T2 completed 1/4, a day late; T3 not done: overdue. T1 T9 on time; T4 T5 T6 T7 in progress
        stats("2026-04-01", "")
                .andExpect(jsonPath("$.assigned").value(8))
                .andExpect(jsonPath("$.doneOnTime").value(2))
                .andExpect(jsonPath("$.doneLate").value(1))
                .andExpect(jsonPath("$.inProgressWithinDeadline").value(4))
                .andExpect(jsonPath("$.overdueNotDone").value(1))
                .andExpect(jsonPath("$.completionRate").value(37.50))
                .andExpect(jsonPath("$.light").value("RED"));
    }

    @Test
    void inJuneTheExtendedTaskIsOnTimeAndTheRecurringOneDoneWithoutDeadlineIsOnTime() throws Exception {
        // on time T1 T4 (recurring) T7 (15/5 ≤ extended 31/5) T9; late T2; in progress T5; overdue T3 T6 T8
        stats("2026-06-01", "")
                .andExpect(jsonPath("$.assigned").value(9))
                .andExpect(jsonPath("$.doneOnTime").value(4))
                .andExpect(jsonPath("$.doneLate").value(1))
                .andExpect(jsonPath("$.inProgressWithinDeadline").value(1))
                .andExpect(jsonPath("$.overdueNotDone").value(3))
                .andExpect(jsonPath("$.completionRate").value(55.56))
                .andExpect(jsonPath("$.light").value("RED"));
        // phase 2 holds only the recurring T4 (done) and T5 (no deadline, never overdue): GREEN
        stats("2026-06-01", "&phase=2")
                .andExpect(jsonPath("$.assigned").value(2))
                .andExpect(jsonPath("$.doneOnTime").value(1))
                .andExpect(jsonPath("$.completionRate").value(50.00))
                .andExpect(jsonPath("$.light").value("GREEN"));
    }

    @Test
    void anExtensionCountsFromTheDayItWasDecided() throws Exception {
        // 25/4: without the extension T7 (due 30/4) would be due within 7 days; with it, due 31/5: GREEN
        stats("2026-04-25", "&unit=vh").andExpect(jsonPath("$.assigned").value(1))
                .andExpect(jsonPath("$.light").value("GREEN"));
        // 19/4, before the decision: the first deadline was in force
        mvc.perform(get("admin", "/api/v1/tasks/" + ids.get("T7") + "?asOf=2026-04-19"))
                .andExpect(jsonPath("$.deadline").value("2026-04-30"))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        mvc.perform(get("admin", "/api/v1/tasks/" + ids.get("T7") + "?asOf=2026-04-25"))
                .andExpect(jsonPath("$.deadline").value("2026-05-31"))
                .andExpect(jsonPath("$.originalDeadline").value("2026-04-30"));
        stats("2026-04-24", "&unit=vh").andExpect(jsonPath("$.light").value("GREEN"));
        mvc.perform(get("admin", "/api/v1/tasks/" + ids.get("T7") + "/history"))
                .andExpect(jsonPath("$[?(@.kind == 'EXTENDED')].deadline").value(org.hamcrest.Matchers.contains("2026-05-31")))
                .andExpect(jsonPath("$[?(@.kind == 'EXTENDED')].actor").value(org.hamcrest.Matchers.contains("lanhdao.nv")));
        // and the change is in the audit log, before and after
        assertThat(jdbc.sql("""
                select count(*) from audit_log where entity = 'task' and entity_key = ? and action = 'UPDATE'
                  and actor = 'lanhdao.nv' and before ->> 'deadline' = '2026-04-30'
                  and after ->> 'deadline' = '2026-05-31' and after ->> 'originalDeadline' = '2026-04-30'
                """).param(String.valueOf(ids.get("T7"))).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aReopenedTaskWasDoneUntilTheDayItWasReopened() throws Exception {
        String yesterday = WardTime.today().minusDays(1).toString();
        mvc.perform(get("admin", "/api/v1/tasks/" + ids.get("T9") + "?asOf=" + yesterday))
                .andExpect(jsonPath("$.status").value("DONE_ON_TIME"))
                .andExpect(jsonPath("$.completedOn").value("2026-03-15"));
        mvc.perform(get("admin", "/api/v1/tasks/" + ids.get("T9")))
                .andExpect(jsonPath("$.status").value("OVERDUE"))
                .andExpect(jsonPath("$.completedOn").doesNotExist());
        mvc.perform(get("admin", "/api/v1/wards/nv-mot/tasks?status=OVERDUE&asOf=2026-06-01"))
                .andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.contains("T3", "T6", "T8")));
    }

    @Test
    void theBreakdownsAndTheProvinceShowEachLight() throws Exception {
        mvc.perform(get("admin", "/api/v1/wards/nv-mot/task-stats/by-unit?asOf=2026-06-01"))
                .andExpect(jsonPath("$[?(@.key == 'vh')].stats.light").value(org.hamcrest.Matchers.contains("GREEN")))
                .andExpect(jsonPath("$[?(@.key == 'vp')].stats.light").value(org.hamcrest.Matchers.contains("RED")));
        mvc.perform(get("admin", "/api/v1/wards/nv-mot/task-stats/by-phase?asOf=2026-06-01"))
                .andExpect(jsonPath("$[?(@.key == '2')].stats.assigned").value(org.hamcrest.Matchers.contains(2)));
        mvc.perform(get("admin", "/api/v1/provinces/tinh-nv/task-stats?asOf=2026-03-31"))
                .andExpect(jsonPath("$[0].key").value("nv-mot"))
                .andExpect(jsonPath("$[0].stats.light").value("YELLOW"));
        mvc.perform(get("canbo.nv.vp", "/api/v1/provinces/tinh-nv/task-stats")).andExpect(status().isForbidden());
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() throws Exception {
        long d = ids.get("D");
        mvc.perform(post("canbo.nv.vp", "/api/v1/directives/" + d + "/tasks",
                        "{\"code\":\"X1\",\"title\":\"Sai\",\"startOn\":\"2026-05-01\",\"deadline\":\"2026-04-30\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Hạn hoàn thành trước ngày bắt đầu."))
                .andExpect(jsonPath("$.errors[0].field").value("deadline"));
        mvc.perform(post("canbo.nv.vp", "/api/v1/directives/" + d + "/tasks",
                        "{\"code\":\"X2\",\"title\":\"Sai\",\"leadUnit\":\"khong-co\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Phường không có đơn vị mã „khong-co“."));
        mvc.perform(post("canbo.nv.vp", "/api/v1/directives/" + d + "/tasks", "{\"code\":\"T1\",\"title\":\"Trùng\"}"))
                .andExpect(status().isConflict());
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/tasks/" + ids.get("T3") + "/complete")
                        .param("completedOn", "2026-04-02").with(httpBasic("canbo.nv.vp", Api.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.detail").value("Hoàn thành nhiệm vụ cần minh chứng: đính kèm tệp hoặc ghi đường dẫn."));
        complete("canbo.nv.vp", "T3", "2026-02-28").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Ngày hoàn thành trước ngày bắt đầu của nhiệm vụ."));
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/tasks/" + ids.get("T3") + "/complete")
                        .file(new MockMultipartFile("file", "virus.exe", "application/octet-stream", new byte[] {1, 2}))
                        .with(httpBasic("canbo.nv.vp", Api.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Tệp „virus.exe“ không thuộc loại")));
        // the officer of vp may not complete vh's task, nor extend a deadline
        complete("canbo.nv.vp", "T7", "2026-05-15").andExpect(status().isForbidden());
        mvc.perform(post("canbo.nv.vp", "/api/v1/tasks/" + ids.get("T3") + "/extend",
                "{\"deadline\":\"2026-12-31\",\"reason\":\"x\"}")).andExpect(status().isForbidden());
        mvc.perform(post("canbo.nv.vp", "/api/v1/tasks/" + ids.get("T3") + "/reopen", "{\"reason\":\"x\"}"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from task where code like 'X%'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select completed_on from task where id = ?").param(ids.get("T3"))
                .query(java.time.LocalDate.class).optional()).isEmpty();
    }

    @Test
    void evidenceIsKeptWithItsChecksumAndCanBeDownloaded() throws Exception {
        var history = mvc.perform(get("canbo.nv.vp", "/api/v1/tasks/" + ids.get("T1") + "/history"))
                .andReturn().getResponse().getContentAsString();
        Integer attachment = JsonPath.<java.util.List<Integer>>read(history,
                "$[?(@.kind == 'COMPLETED')].attachmentId").getFirst();
        mvc.perform(get("canbo.nv.vp", "/api/v1/attachments/" + attachment))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .bytes("Biên bản T1".getBytes(StandardCharsets.UTF_8)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Content-SHA256", sha256("Biên bản T1")));
        mvc.perform(get("canbo.anhai", "/api/v1/attachments/" + attachment)).andExpect(status().isForbidden());
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private ResultActions stats(String asOf, String more) throws Exception {
        return mvc.perform(get("admin", "/api/v1/wards/nv-mot/task-stats?asOf=" + asOf + more))
                .andExpect(status().isOk());
    }

    private void task(long directive, String code, String phase, String unit, String start, String deadline)
            throws Exception {
        String body = mvc.perform(post("canbo.nv.vp", "/api/v1/directives/" + directive + "/tasks", """
                        {"code":"%s","title":"Nhiệm vụ %s","phase":"%s","leadUnit":"%s","startOn":"%s"%s}
                        """.formatted(code, code, phase, unit, start,
                        deadline == null ? "" : ",\"deadline\":\"" + deadline + "\"")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        ids.put(code, JsonPath.<Integer>read(body, "$.id").longValue());
    }

    private ResultActions complete(String user, String code, String on) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/tasks/" + ids.get(code) + "/complete")
                .file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf",
                        ("Biên bản " + code).getBytes(StandardCharsets.UTF_8)))
                .param("completedOn", on).param("note", "Đã xong")
                .with(httpBasic(user, Api.PASSWORD)));
    }
}
