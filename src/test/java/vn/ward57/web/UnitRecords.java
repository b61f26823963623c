package vn.ward57.web;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import vn.ward57.Api;

/**
 * Records of an-hai's units kinh-te and van-hoa-xa-hoi for the unit officer's walk (UnitWrites), made by the
 * ward's leader, and the values of the paths that name them (a unit's own paths and its indicator's value name
 * van-hoa-xa-hoi). Everything made here or by a write let through is
 * marked QX (and dated 2031 where it is a period) and deleted afterwards, so the demo's figures stay as they are.
 */
final class UnitRecords {

    private static final String LEADER = "lanhdao.anhai";
    private static final String WARD = "/api/v1/wards/an-hai";

    private final MockMvc mvc;
    private final JdbcClient jdbc;

    UnitRecords(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    private String call;

    /** The call of an-hai the initiatives are made in, once. */
    void makeCall() throws Exception {
        call = id(send(Api.post(LEADER, WARD + "/initiative-calls", """
                {"year":2041,"title":"QX đợt xét sáng kiến","opensOn":"2026-01-01","closesOn":"2041-10-31"}""")));
    }

    /**
     * Path variable → the record of another unit than cong-an's that it names, new for the n-th write so that no
     * write let through changes what the next one is sent on.
     */
    Map<String, String> make(int n) throws Exception {
        Map<String, String> values = new HashMap<>(Map.of("wardCode", "an-hai", "unitCode", "van-hoa-xa-hoi", "year", "2031",
                "period", "2031-01", "periodType", "MONTH", "type", "MONTH", "step", "submit"));
        values.put("n", String.valueOf(n));
        values.put("assetId", id(send(Api.post(LEADER, WARD + "/assets", """
                {"kind":"COMPUTER","name":"QX máy tính của phòng Kinh tế","unit":"kinh-te","quantity":1,"condition":"GOOD"}
                """))));
        values.put("staffMemberId", id(send(Api.post(LEADER, WARD + "/staff-members", """
                {"fullName":"QX Trần Văn Kinh","unit":"kinh-te","position":"Chuyên viên","inPostFrom":"2026-01-02"}
                """))));
        String feedback = id(send(Api.post(LEADER, WARD + "/feedback", """
                {"channel":"IN_PERSON","receivedOn":"2026-11-20","category":"KHAC","content":"QX phản ánh về văn hóa"}
                """)));
        send(Api.put(LEADER, WARD + "/feedback/" + feedback + "/state", """
                {"state":"ASSIGNED","unit":"van-hoa-xa-hoi"}"""));
        values.put("feedbackId", feedback);
        String directive = first("directive");
        values.put("directiveId", directive);
        values.put("meetingId", first("meeting"));
        values.put("taskId", id(send(Api.post(LEADER, "/api/v1/directives/" + directive + "/tasks", """
                {"code":"QX-T1-%d","title":"QX nhiệm vụ của phòng Kinh tế","leadUnit":"kinh-te"}""".formatted(n)))));
        values.put("callId", call);
        values.put("initiativeCode", "QX-I1-" + n);
        values.put("initiativeId", id(send(Api.post(LEADER, WARD + "/initiative-calls/" + call + "/initiatives", """
                {"code":"QX-I1-%d","title":"QX sáng kiến của phòng Kinh tế","authors":"QX","unitCode":"kinh-te",
                 "submittedOn":"2026-11-20","problem":"Vấn đề","solution":"Giải pháp","results":"Kết quả"}"""
                .formatted(n)))));
        values.put("indicatorCode", jdbc.sql("""
                select i.code from indicator i join unit u on u.id = i.lead_unit_id join ward w on w.id = i.ward_id
                where w.code = 'an-hai' and u.code = 'van-hoa-xa-hoi' and i.period_type = 'MONTH' and i.source = 'ENTERED'
                order by i.code limit 1""").query(String.class).single());
        return values;
    }

    /** Deletes what is marked QX or dated 2031, children first. */
    void delete() {
        List.of("delete from asset where name like 'QX%'",
                "delete from training_attendance where staff_member_id in (select id from staff_member where full_name like 'QX%')",
                "delete from staff_member where full_name like 'QX%'",
                "delete from staffing where year = 2031",
                "delete from feedback_history where item_id in (select id from feedback_item where content like 'QX%')",
                "delete from feedback_attachment where item_id in (select id from feedback_item where content like 'QX%')",
                "delete from feedback_item where content like 'QX%'",
                "delete from task_event where task_id in (select id from task where code like 'QX-%')",
                "delete from task_coordinator where task_id in (select id from task where code like 'QX-%')",
                "delete from task where code like 'QX-%'",
                "delete from initiative_file where initiative_id in (select id from initiative where code like 'QX-%')",
                "delete from initiative where code like 'QX-%'",
                "delete from initiative_criterion where call_id in (select id from initiative_call where title like 'QX%')",
                "delete from initiative_member where call_id in (select id from initiative_call where title like 'QX%')",
                "delete from initiative_call where title like 'QX%'",
                "delete from indicator_value_history where period = '2031-01'",
                "delete from indicator_value where period = '2031-01'",
                "delete from report_form_event where period = '2031-01'",
                "delete from report_form where period = '2031-01'").forEach(sql -> jdbc.sql(sql).update());
    }

    private String first(String table) {
        return jdbc.sql("select min(t.id)::text from " + table + " t join ward w on w.id = t.ward_id where w.code = 'an-hai'")
                .query(String.class).single();
    }

    private static String id(String body) {
        return String.valueOf(JsonPath.<Object>read(body, "$.id"));
    }

    private String send(RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (response.getStatus() >= 300) {
            throw new AssertionError("an-hai's leader could not make a unit's record: " + response.getStatus() + " " + body);
        }
        return body;
    }
}
