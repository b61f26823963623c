package vn.ward57.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The writes of a unit's records, for an officer limited to another unit. A record is a unit's when its table
 * says whose it is: an asset, a staff member, staffing, a task (its lead unit), an indicator's value (its lead
 * unit), a report form, an initiative (its unit), a feedback item (the unit it is assigned to); and the unit
 * itself with its report schedule. Each write comes with what it sends, valid in everything but who sends it.
 */
final class UnitWrites {

    /** The path segments of those records: every write under one of them is listed below, in one map or the other. */
    static final Set<String> SEGMENTS = Set.of("assets", "asset-imports", "feedback", "staff-members",
            "staff-member-imports", "staff", "staffing", "forms", "indicator-values", "tasks", "initiatives",
            "units", "report-schedules");

    /** What a write sends: a JSON body, form fields, or a file (field "file"); "@x" stands for the record's x. */
    record Payload(String json, Map<String, String> fields, boolean file) {

        /** With the values of the records the write is sent on. */
        Payload of(Map<String, String> values) {
            Map<String, String> filled = new LinkedHashMap<>();
            fields.forEach((k, v) -> filled.put(k, fill(v, values)));
            return new Payload(json == null ? null : fill(json, values), filled, file);
        }

        private static String fill(String text, Map<String, String> values) {
            for (var e : values.entrySet()) {
                text = text.replace("@" + e.getKey(), e.getValue());
            }
            return text;
        }

        static Payload json(String json) {
            return new Payload(json, Map.of(), false);
        }

        static Payload form(String... pairs) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i + 1 < pairs.length; i += 2) {
                fields.put(pairs[i], pairs[i + 1]);
            }
            return new Payload(null, fields, false);
        }

        static Payload nothing() {
            return form();
        }

        static Payload upload() {
            return new Payload(null, Map.of(), true);
        }
    }

    private static final String ASSET = """
            {"kind":"COMPUTER","name":"QX máy tính","unit":"kinh-te","quantity":1,"condition":"GOOD"}""";
    private static final String[] ASSET_FIELDS = {"kind", "COMPUTER", "name", "QX máy tính", "unit", "kinh-te",
        "quantity", "1", "condition", "GOOD"};
    private static final String STAFF = """
            {"fullName":"QX Nguyễn Văn Kiểm","unit":"kinh-te","position":"Chuyên viên","inPostFrom":"2026-01-02"}""";
    private static final String[] STAFF_FIELDS = {"fullName", "QX Nguyễn Văn Kiểm", "unit", "kinh-te",
        "position", "Chuyên viên", "inPostFrom", "2026-01-02"};
    private static final String FEEDBACK = """
            {"channel":"IN_PERSON","receivedOn":"2026-11-20","category":"KHAC","content":"QX phản ánh",
             "unit":"van-hoa-xa-hoi"}""";
    private static final String[] FEEDBACK_FIELDS = {"channel", "IN_PERSON", "receivedOn", "2026-11-20",
        "category", "KHAC", "content", "QX phản ánh", "unit", "van-hoa-xa-hoi"};
    /** An initiative: a new one's code (@n: the number of the write), or the changed one's own. */
    private static String initiative(String code) {
        return """
                {"code":"%s","title":"QX sáng kiến","authors":"QX","unitCode":"kinh-te","submittedOn":"2026-11-20",
                 "problem":"Vấn đề","solution":"Giải pháp","results":"Kết quả"}""".formatted(code);
    }

    private static String[] initiativeFields(String code) {
        return new String[] {"code", code, "title", "QX sáng kiến", "authors", "QX", "unitCode", "kinh-te",
            "submittedOn", "2026-11-20", "problem", "Vấn đề", "solution", "Giải pháp", "results", "Kết quả"};
    }

    /** Route → what it sends; each is expected to answer 403 to an officer of another unit. */
    static final Map<String, Payload> WRITES = Map.ofEntries(
            Map.entry("POST /api/v1/wards/{wardCode}/assets", Payload.json(ASSET)),
            Map.entry("PUT /api/v1/wards/{wardCode}/assets/{id}", Payload.json(ASSET)),
            Map.entry("DELETE /api/v1/wards/{wardCode}/assets/{id}", Payload.nothing()),
            Map.entry("POST /wards/{wardCode}/assets", Payload.form(ASSET_FIELDS)),
            Map.entry("POST /wards/{wardCode}/assets/{assetId}", Payload.form(ASSET_FIELDS)),
            Map.entry("POST /wards/{wardCode}/assets/{assetId}/delete", Payload.nothing()),
            Map.entry("POST /api/v1/wards/{wardCode}/staff-members", Payload.json(STAFF)),
            Map.entry("PUT /api/v1/wards/{wardCode}/staff-members/{id}", Payload.json(STAFF)),
            Map.entry("DELETE /api/v1/wards/{wardCode}/staff-members/{id}", Payload.nothing()),
            Map.entry("POST /wards/{wardCode}/staff/new", Payload.form(STAFF_FIELDS)),
            Map.entry("POST /wards/{wardCode}/staff/{staffMemberId}", Payload.form(STAFF_FIELDS)),
            Map.entry("POST /wards/{wardCode}/staff/{staffMemberId}/delete", Payload.nothing()),
            Map.entry("PUT /api/v1/wards/{wardCode}/staffing/{year}/{unitCode}",
                    Payload.json("{\"allotted\":2,\"filled\":1}")),
            Map.entry("POST /wards/{wardCode}/staffing/{year}/{unitCode}", Payload.form("allotted", "2", "filled", "1")),
            Map.entry("POST /api/v1/wards/{wardCode}/feedback", Payload.json(FEEDBACK)),
            Map.entry("POST /wards/{wardCode}/feedback", Payload.form(FEEDBACK_FIELDS)),
            Map.entry("PUT /api/v1/wards/{wardCode}/feedback/{feedbackId}/state",
                    Payload.json("{\"state\":\"IN_PROGRESS\",\"note\":\"QX\"}")),
            Map.entry("POST /wards/{wardCode}/feedback/{feedbackId}/state", Payload.form("state", "IN_PROGRESS",
                    "note", "QX")),
            Map.entry("POST /api/v1/wards/{wardCode}/feedback/{feedbackId}/publish", Payload.nothing()),
            Map.entry("POST /api/v1/wards/{wardCode}/feedback/{feedbackId}/unpublish", Payload.nothing()),
            Map.entry("POST /wards/{wardCode}/feedback/{feedbackId}/publish", Payload.nothing()),
            Map.entry("POST /wards/{wardCode}/feedback/{feedbackId}/unpublish", Payload.nothing()),
            Map.entry("POST /api/v1/wards/{wardCode}/feedback/{feedbackId}/attachments", Payload.upload()),
            Map.entry("POST /wards/{wardCode}/feedback/{feedbackId}/attachments", Payload.upload()),
            Map.entry("POST /api/v1/wards/{wardCode}/forms/{unitCode}/{period}/submit", Payload.nothing()),
            Map.entry("POST /api/v1/wards/{wardCode}/forms/{unitCode}/{period}/return",
                    Payload.json("{\"message\":\"QX\"}")),
            Map.entry("POST /api/v1/wards/{wardCode}/forms/{unitCode}/{period}/reopen",
                    Payload.json("{\"message\":\"QX\"}")),
            Map.entry("POST /api/v1/wards/{wardCode}/forms/{unitCode}/{period}/approve", Payload.nothing()),
            Map.entry("POST /wards/{wardCode}/forms/{unitCode}/{period}/{step}", Payload.nothing()),
            Map.entry("PUT /api/v1/wards/{wardCode}/indicator-values/{indicatorCode}/{period}",
                    Payload.json("{\"value\":1}")),
            Map.entry("POST /wards/{wardCode}/forms/{unitCode}/{period}/values/{indicatorCode}",
                    Payload.form("value", "1")),
            Map.entry("POST /api/v1/tasks/{taskId}/progress", Payload.form("note", "QX")),
            Map.entry("POST /api/v1/tasks/{taskId}/complete", Payload.form("completedOn", "2026-11-20", "note", "QX")),
            Map.entry("POST /api/v1/tasks/{taskId}/reopen", Payload.json("{\"reason\":\"QX\"}")),
            Map.entry("POST /api/v1/tasks/{taskId}/extend", Payload.json("{\"deadline\":\"2031-12-31\",\"reason\":\"QX\"}")),
            Map.entry("POST /api/v1/tasks/{taskId}/reassign", Payload.json("{\"leadUnit\":\"cong-an\",\"reason\":\"QX\"}")),
            Map.entry("POST /tasks/{taskId}/progress", Payload.form("note", "QX")),
            Map.entry("POST /tasks/{taskId}/complete", Payload.form("completedOn", "2026-11-20", "note", "QX")),
            Map.entry("POST /tasks/{taskId}/reopen", Payload.form("reason", "QX")),
            Map.entry("POST /tasks/{taskId}/extend", Payload.form("deadline", "2031-12-31", "reason", "QX")),
            Map.entry("POST /tasks/{taskId}/reassign", Payload.form("leadUnit", "cong-an", "reason", "QX")),
            Map.entry("POST /api/v1/wards/{wardCode}/initiative-calls/{callId}/initiatives", Payload.json(initiative("QX-I2-@n"))),
            Map.entry("PUT /api/v1/wards/{wardCode}/initiatives/{initiativeId}", Payload.json(initiative("@initiativeCode"))),
            Map.entry("DELETE /api/v1/wards/{wardCode}/initiatives/{initiativeId}", Payload.nothing()),
            Map.entry("POST /api/v1/wards/{wardCode}/initiatives/{initiativeId}/files", Payload.upload()),
            Map.entry("POST /wards/{wardCode}/initiative-calls/{callId}/initiatives", Payload.form(initiativeFields("QX-I2-@n"))),
            Map.entry("POST /wards/{wardCode}/initiatives/{initiativeId}", Payload.form(initiativeFields("@initiativeCode"))),
            Map.entry("POST /wards/{wardCode}/initiatives/{initiativeId}/delete", Payload.nothing()),
            Map.entry("POST /wards/{wardCode}/initiatives/{initiativeId}/files", Payload.upload()),
            Map.entry("PUT /api/v1/wards/{wardCode}/report-schedules/{unitCode}/{periodType}",
                    Payload.json("{\"dueDay\":15,\"closesAfterDays\":10}")),
            Map.entry("POST /wards/{wardCode}/report-schedules/{unitCode}/{type}",
                    Payload.form("dueDay", "15", "closesAfterDays", "10")),
            Map.entry("PUT /api/v1/wards/{wardCode}/units/{unitCode}", Payload.json("{\"name\":\"QX phòng\"}")),
            Map.entry("POST /wards/{wardCode}/units/{unitCode}", Payload.form("name", "QX phòng")),
            Map.entry("DELETE /api/v1/wards/{wardCode}/units/{unitCode}", Payload.nothing()),
            Map.entry("POST /wards/{wardCode}/units/{unitCode}/delete", Payload.nothing()));

    /** Writes under those segments that are not a unit's record, and why. */
    static final Map<String, String> NOT_A_UNITS_WRITE = Map.ofEntries(
            Map.entry("POST /api/v1/wards/{wardCode}/asset-imports", "an import: its rows are checked one by one"),
            Map.entry("POST /wards/{wardCode}/assets/import", "an import: its rows are checked one by one"),
            Map.entry("POST /api/v1/wards/{wardCode}/staff-member-imports", "an import: its rows are checked one by one"),
            Map.entry("POST /wards/{wardCode}/staff/import", "an import: its rows are checked one by one"),
            Map.entry("PUT /api/v1/wards/{wardCode}/initiatives/{initiativeId}/scores", "a council member's own scores"),
            Map.entry("POST /api/v1/wards/{wardCode}/initiatives/{initiativeId}/conflicts",
                    "a council member's own declaration"),
            Map.entry("POST /api/v1/wards/{wardCode}/units", "a new unit: the ward's organisation"),
            Map.entry("POST /wards/{wardCode}/units", "a new unit: the ward's organisation"),
            // README, who may do what: the office's clerk (an officer of a unit) registers what a directive or a
            // meeting's conclusion assigns to every unit; the task's own changes are then its lead unit's
            Map.entry("POST /api/v1/directives/{directiveId}/tasks", "registering what a directive assigns"),
            Map.entry("POST /api/v1/meetings/{meetingId}/tasks", "registering what a meeting assigns"),
            Map.entry("POST /directives/{directiveId}/tasks", "registering what a directive assigns"),
            Map.entry("POST /meetings/{meetingId}/tasks", "registering what a meeting assigns"));

    /** The record a register's {id} names (VersionedRegisterApi), by the register's path: its variable below. */
    private static final Map<String, String> RECORD_IDS = Map.of("/assets/{id}", "assetId",
            "/staff-members/{id}", "staffMemberId");

    private UnitWrites() {
    }

    /** The values of the route's path variables: the records' (UnitRecords), and {id} the one its register names. */
    static Map<String, String> values(Routes.Route route, Map<String, String> records) {
        Map<String, String> values = new LinkedHashMap<>(records);
        RECORD_IDS.forEach((register, variable) -> {
            if (route.pattern().endsWith(register)) {
                values.put("id", records.get(variable));
            }
        });
        return values;
    }

    /** A write whose path names one of the records of a unit. */
    static boolean touchesAUnit(Routes.Route route) {
        return route.writes() && (route.pattern().contains("{unitCode}")
                || List.of(route.pattern().split("/")).stream().anyMatch(SEGMENTS::contains));
    }
}
