package vn.ward57.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriTemplate;

/**
 * Fills a route's path with real things of ward an-hai: each path variable is looked up in its table (the
 * variables before it in the path narrow it: a team's member, a call's initiative), or is one of a few words
 * that are not records (a file format, a step, a period). A variable that is neither, or a table that holds
 * no such thing of an-hai, leaves the route unfilled, and the test says which.
 */
final class AnHaiObjects {

    /** Words of paths that name no record. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("wardCode", "an-hai"), Map.entry("provinceCode", "da-nang"),
            Map.entry("format", "csv"), Map.entry("extension", "docx"), Map.entry("step", "submit"),
            Map.entry("type", "MONTH"), Map.entry("periodType", "MONTH"), Map.entry("group", "unit"),
            Map.entry("kind", "NQ57_RESULTS"), Map.entry("componentCode", "TRANSPARENCY_SYNC"),
            Map.entry("tile", "dossiers"),
            Map.entry("template", "mau-thiet-bi"));

    /** A lookup: the SQL of the first of an-hai's (:ward) things, given the variables before it in the path. */
    private record Lookup(String after, String sql) {
    }

    /** Variable → its lookups, the first whose "after" variable the path has (or with none) applies. */
    private static final Map<String, List<Lookup>> LOOKUPS = new LinkedHashMap<>();

    private static void lookup(String variable, String after, String sql) {
        LOOKUPS.computeIfAbsent(variable, v -> new java.util.ArrayList<>()).add(new Lookup(after, sql));
    }

    /** The {id} of a register's record, named by the register's path. */
    private static void record(String register, String sql) {
        lookup("id", register + "/{id}", sql);
    }

    static {
        lookup("assetId", null, "select id::text from asset where ward_id = :ward");
        lookup("breakthroughId", null, "select breakthrough_id::text from breakthrough_file where ward_id = :ward");
        lookup("evidenceId", "breakthroughId",
                "select id::text from breakthrough_file where ward_id = :ward and breakthrough_id = :breakthroughId");
        lookup("budgetLineId", null, "select budget_line_id::text from budget_commitment where ward_id = :ward "
                + "and budget_line_id in (select budget_line_id from budget_adjustment where ward_id = :ward)");
        lookup("lineId", null, "select budget_line_id::text from budget_commitment where ward_id = :ward "
                + "and budget_line_id in (select budget_line_id from budget_adjustment where ward_id = :ward)");
        for (String line : List.of("budgetLineId", "lineId")) {
            lookup("adjustmentId", line, "select id::text from budget_adjustment where ward_id = :ward "
                    + "and budget_line_id = :" + line + "");
            lookup("commitmentId", line, "select id::text from budget_commitment where ward_id = :ward "
                    + "and budget_line_id = :" + line + "");
        }
        lookup("disbursementId", null, "select id::text from disbursement where ward_id = :ward");
        lookup("certificateId", null, "select id::text from certificate_issue where ward_id = :ward");
        lookup("teamId", null, "select team_id::text from community_team_member where ward_id = :ward "
                + "and team_id in (select team_id from community_team_activity where ward_id = :ward)");
        lookup("memberId", "teamId",
                "select id::text from community_team_member where ward_id = :ward and team_id = :teamId");
        lookup("activityId", "teamId",
                "select id::text from community_team_activity where ward_id = :ward and team_id = :teamId");
        lookup("criterionId", null, "select id::text from digital_group_criterion where ward_id = :ward");
        lookup("groupCode", null, "select code from residential_group where ward_id = :ward");
        lookup("directiveId", null, "select directive_id::text from attachment where ward_id = :ward");
        lookup("attachmentId", "feedbackId",
                "select id::text from feedback_attachment where ward_id = :ward and item_id = :feedbackId");
        lookup("attachmentId", null, "select id::text from attachment where ward_id = :ward");
        lookup("meetingId", null, "select id::text from meeting where ward_id = :ward");
        lookup("taskId", null, "select id::text from task where ward_id = :ward");
        lookup("taskImportId", null, "select id::text from task_import where ward_id = :ward");
        lookup("registerImportId", null, "select id::text from register_import where ward_id = :ward");
        // a register's record is {id} after the register's path (VersionedRegisterApi, RegisterApi)
        record("staff-members", "select id::text from staff_member where ward_id = :ward");
        record("training-events", "select id::text from training_event where ward_id = :ward");
        record("disbursements", "select id::text from disbursement where ward_id = :ward");
        record("assets", "select id::text from asset where ward_id = :ward");
        record("certificates", "select id::text from certificate_issue where ward_id = :ward");
        record("budget-lines", "select id::text from budget_line where ward_id = :ward");
        record("community-teams", "select id::text from community_team where ward_id = :ward");
        record("breakthroughs", "select id::text from breakthrough where ward_id = :ward");
        record("recommendations", "select id::text from recommendation where ward_id = :ward");
        lookup("id", null, "select id::text from dossier_import where ward_id = :ward");
        lookup("checkId", "provinceCode", "select c.id::text from province_report_check c join province p "
                + "on p.id = c.province_id where p.code = :provinceCode");
        lookup("checkId", null, "select id::text from ward_report_check where ward_id = :ward");
        lookup("feedbackId", null, "select item_id::text from feedback_attachment where ward_id = :ward");
        lookup("code", "procedures", "select code from procedure where ward_id = :ward");
        lookup("code", null, "select code from feedback_item where ward_id = :ward and published_at is not null");
        lookup("callId", null, "select call_id::text from initiative where ward_id = :ward "
                + "and id in (select initiative_id from initiative_file where ward_id = :ward)");
        lookup("initiativeId", null, "select initiative_id::text from initiative_file where ward_id = :ward");
        lookup("fileId", "trainingEventId", "select id::text from training_event_file where ward_id = :ward "
                + "and training_event_id = :trainingEventId");
        lookup("fileId", "initiativeId",
                "select id::text from initiative_file where ward_id = :ward and initiative_id = :initiativeId");
        lookup("username", "callId", "select username from initiative_member where ward_id = :ward "
                + "and call_id = :callId");
        lookup("username", null, "select username from app_user where ward_id = :ward and role = 'WARD_OFFICER'");
        lookup("staffMemberId", null, "select id::text from staff_member where ward_id = :ward");
        lookup("trainingEventId", null, "select training_event_id::text from training_event_file where ward_id = :ward");
        lookup("recommendationId", null, "select id::text from recommendation where ward_id = :ward");
        lookup("reportId", null, "select report_id::text from report_section where ward_id = :ward");
        lookup("sectionKey", "reportId",
                "select section_key from report_section where ward_id = :ward and report_id = :reportId");
        lookup("name", "import-profiles", "select name from import_profile where ward_id = :ward");
        lookup("name", "backups", "select 'ward57-20260101-020000.zip'");  // a file, not a ward's record
        lookup("indicatorCode", null, "select i.code from indicator i join indicator_value v on v.indicator_id = i.id "
                + "where i.ward_id = :ward and v.period = '2026-05' "
                + "and exists (select 1 from indicator_target t where t.indicator_id = i.id)");
        lookup("year", "indicatorCode", "select t.year::text from indicator_target t join indicator i on i.id = t.indicator_id "
                + "where i.ward_id = :ward and i.code = :indicatorCode");
        lookup("year", null, "select '2026'");
        lookup("ruleCode", null, "select code from validation_rule where ward_id = :ward");
        lookup("unitCode", null, "select code from unit where ward_id = :ward and code = 'kinh-te'");
        lookup("period", "groupCode", "select max(period) from digital_group_assessment where ward_id = :ward");
        lookup("period", null, "select '2026-05'");
    }

    private final JdbcClient jdbc;
    private final long ward;

    AnHaiObjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.ward = jdbc.sql("select id from ward where code = 'an-hai'").query(Long.class).single();
    }

    /** The route's path with an-hai's things, or why it cannot be filled. */
    Filled fill(String pattern) {
        UriTemplate template = new UriTemplate(pattern);
        Map<String, String> values = new HashMap<>();
        for (String variable : template.getVariableNames()) {
            Optional<String> value = Optional.ofNullable(WORDS.get(variable)).or(() -> find(variable, pattern, values));
            if (value.isEmpty()) {
                return new Filled(null, "no " + variable + " of an-hai for " + pattern);
            }
            values.put(variable, value.get());
        }
        return new Filled(template.expand(values).toString(), null);
    }

    /** An-hai's thing a variable names (in a path like the pattern), for a form's field. */
    String value(String variable, String pattern) {
        return find(variable, pattern, Map.of()).orElseThrow(() -> new AssertionError("no " + variable + " of an-hai"));
    }

    private Optional<String> find(String variable, String pattern, Map<String, String> before) {
        for (Lookup l : LOOKUPS.getOrDefault(variable, List.of())) {
            boolean applies = l.after() == null || before.containsKey(l.after()) || pattern.contains("/" + l.after());
            if (applies) {
                var sql = jdbc.sql(l.sql() + " order by 1 limit 1").param("ward", ward);
                for (var e : before.entrySet()) {
                    if (l.sql().contains(":" + e.getKey())) {
                        // ids are numbers in their tables
                        sql = sql.param(e.getKey(), e.getValue().matches("\\d+") && e.getKey().endsWith("Id")
                                ? (Object) Long.valueOf(e.getValue()) : e.getValue());
                    }
                }
                return sql.query(String.class).optional();
            }
        }
        return Optional.empty();
    }

    /** A path of an-hai's things, or the reason there is none. */
    record Filled(String path, String missing) {
    }
}
