package vn.ward57.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Ward57Test;
import vn.ward57.common.WardTime;
import vn.ward57.org.WardService;

/**
 * One figure, one number (issue 20): every value a screen or document shows under a catalogue code is the
 * catalogue's value for that ward and period — the dashboard, the indicators page, the province view, the
 * catalogue page, the report's content and DOCX, the open-data summary and the API — on both demo wards and
 * several periods. Pages mark each figure with data-figure, data-from, data-to (and data-ward where a page shows
 * several wards); a marked value that differs fails, and so does a surface that marks nothing.
 */
@Ward57Test
class FigureAgreementTest {

    private static final List<String> WARDS = List.of("an-hai", "trung-thanh");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|-?\\d+(?:,\\d+)?");

    /** The report's figure keys and the catalogue figure each states (the report counts only R57-area feedback). */
    private static final Map<String, String> REPORT_KEYS = Map.ofEntries(
            Map.entry("dossier.received", "DOSSIER_RECEIVED"), Map.entry("dossier.carriedOver", "DOSSIER_CARRIED_OVER"),
            Map.entry("dossier.newlyReceived", "DOSSIER_NEW"), Map.entry("dossier.resolved", "DOSSIER_RESOLVED"),
            Map.entry("dossier.pending", "DOSSIER_PENDING"), Map.entry("dossier.pendingOverdue", "DOSSIER_PENDING_OVERDUE"),
            Map.entry("dossier.onlineRate", "DOSSIER_ONLINE_RATE"), Map.entry("dossier.onTimeRate", "DOSSIER_ON_TIME_RATE"),
            Map.entry("dossier.digitisedInputRate", "DOSSIER_DIGITISED_INPUT_RATE"),
            Map.entry("dossier.onlinePaymentRate", "DOSSIER_ONLINE_PAYMENT_RATE"),
            Map.entry("procedure.total", "PROCEDURES"), Map.entry("procedure.full", "PROCEDURES_FULL_ONLINE"),
            Map.entry("task.assigned", "TASKS_ASSIGNED"), Map.entry("task.done", "TASKS_DONE"),
            Map.entry("task.doneLate", "TASKS_DONE_LATE"), Map.entry("task.overdue", "TASKS_OVERDUE"),
            Map.entry("task.completionRate", "TASK_COMPLETION_RATE"),
            Map.entry("feedback.received", "FEEDBACK_NQ57_RECEIVED"), Map.entry("feedback.resolved", "FEEDBACK_NQ57_RESOLVED"),
            Map.entry("staff.allotted", "STAFF_ALLOTTED"), Map.entry("staff.filled", "STAFF_FILLED"),
            Map.entry("training.staffTrained", "STAFF_TRAINED"), Map.entry("training.staffTrainedRate", "STAFF_TRAINED_SHARE"),
            Map.entry("training.events", "TRAINING_EVENTS"), Map.entry("training.participants", "TRAINING_PARTICIPANTS"),
            Map.entry("community.teams", "COMMUNITY_TEAMS"), Map.entry("community.members", "COMMUNITY_TEAM_MEMBERS"),
            Map.entry("community.residentsHelped", "RESIDENTS_HELPED"), Map.entry("community.groups", "RESIDENTIAL_GROUPS"),
            Map.entry("asset.cameras", "CAMERAS"), Map.entry("budget.TOTAL.estimate", "BUDGET_ESTIMATE"),
            Map.entry("budget.TOTAL.adjusted", "BUDGET_ADJUSTED"), Map.entry("budget.TOTAL.disbursed", "BUDGET_DISBURSED"),
            Map.entry("budget.TOTAL.disbursementRate", "BUDGET_DISBURSEMENT_RATE"));

    @Autowired
    MockMvc mvc;
    @Autowired
    Figures figures;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    WardService wards;

    private final Set<String> shown = new TreeSet<>();

    @Test
    void theApiGivesTheCatalogueValueOfEveryFigure() throws Exception {
        LocalDate today = WardTime.today();
        for (String ward : WARDS) {
            for (LocalDate[] p : List.of(new LocalDate[]{LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)},
                    new LocalDate[]{today.withDayOfYear(1), today}, new LocalDate[]{LocalDate.of(2025, 12, 1), today})) {
                String json = api("/api/v1/wards/" + ward + "/figures?from=" + p[0] + "&to=" + p[1]);
                List<Map<String, Object>> values = JsonPath.read(json, "$");
                assertThat(values).extracting(v -> v.get("code"))
                        .containsExactlyElementsOf(figures.all().stream().map(Figure::code).toList());
                for (Map<String, Object> v : values) {
                    String code = (String) v.get("code");
                    agree("API " + ward, code, value(ward, code, p[0], p[1]),
                            v.get("value") == null ? null : new BigDecimal(v.get("value").toString()));
                }
            }
        }
        String catalogue = api("/api/v1/figures");
        assertThat(JsonPath.<List<String>>read(catalogue, "$[*].code")).hasSize(figures.all().size());
        assertThat(JsonPath.<Map<String, Object>>read(catalogue, "$[0]")).containsOnlyKeys("code", "name", "unit",
                "owner", "definition");
    }

    @Test
    void everyPageShowsTheCatalogueValueWhereverItNamesAFigure() throws Exception {
        for (String ward : WARDS) {
            assertThat(checkPage(ward, "/wards/" + ward + "/dashboard")).as("dashboard").isGreaterThanOrEqualTo(10);
            for (String period : List.of("2026-10", "2026Q3", "2026")) {
                checkPage(ward, "/wards/" + ward + "/indicators?period=" + period);
            }
            assertThat(checkPage(ward, "/figures?ward=" + ward + "&period=2026Q3")).isEqualTo(figures.all().size());
            assertThat(checkPage(ward, "/figures?ward=" + ward + "&from=2025-12-01&to=2026-11-20"))
                    .isEqualTo(figures.all().size());
        }
        assertThat(checkPage(null, "/wards/an-hai/indicators?period=2026-10")).as("computed indicators").isPositive();
        // one computed indicator's own page: its value and those of the months before (issue 23)
        assertThat(checkPage(null, "/wards/an-hai/indicators/HS-TT?period=2026-10")).as("an indicator's page")
                .isGreaterThan(1);
        for (String province : List.of("da-nang", "thai-nguyen")) {
            assertThat(checkPage(null, "/provinces/" + province + "/dashboard")).as(province).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theReportStatesTheCatalogueValueInItsContentAndItsDocx() throws Exception {
        for (String ward : WARDS) {
            String[][] periods = {{"2025-12-01", "2026-11-20"}, {"2026-07-01", "2026-09-30"}};
            for (String[] p : periods) {
                String created = mvc.perform(post("admin", "/api/v1/wards/" + ward + "/reports",
                                "{\"kind\":\"NQ57_RESULTS\",\"from\":\"%s\",\"to\":\"%s\"}".formatted(p[0], p[1])))
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
                long id = JsonPath.<Integer>read(created, "$.id");
                String content = api("/api/v1/reports/" + id + "/content");
                String docx = docx("/api/v1/reports/" + id + "/document.docx");
                LocalDate from = LocalDate.parse(p[0]);
                LocalDate to = LocalDate.parse(p[1]);
                for (var e : REPORT_KEYS.entrySet()) {
                    Object value = JsonPath.read(content, "$.figures['" + e.getKey() + "'].value");
                    BigDecimal expected = value(ward, e.getValue(), from, to);
                    agree("report " + ward + " " + e.getKey(), e.getValue(), expected,
                            value == null ? null : new BigDecimal(value.toString()));
                }
                // every amount the budget section states is in the document as the catalogue writes it
                assertThat(docx).contains(Figure.Unit.VND.format(value(ward, "BUDGET_DISBURSED", from, to)));
                assertThat(docx).contains(Figure.Unit.PERCENT.format(value(ward, "DOSSIER_ON_TIME_RATE", from, to)));
            }
        }
    }

    @Test
    void theOpenDataSummaryStatesTheCatalogueValue() throws Exception {
        int year = WardTime.thisYear();
        String json = api("/api/v1/public/wards/an-hai/summary?year=" + year);
        LocalDate asOf = LocalDate.parse(JsonPath.read(json, "$.asOf"));
        agree("open data", "TASKS_ASSIGNED", value("an-hai", "TASKS_ASSIGNED", asOf, asOf),
                new BigDecimal(JsonPath.read(json, "$.tasks.assigned").toString()));
        agree("open data", "TASKS_DONE", value("an-hai", "TASKS_DONE", asOf, asOf),
                new BigDecimal(JsonPath.read(json, "$.tasks.done").toString()));
        List<Map<String, Object>> months = JsonPath.read(json, "$.dossiers");
        assertThat(months).isNotEmpty();
        for (Map<String, Object> m : months) {
            var month = java.time.YearMonth.parse((String) m.get("month"));
            LocalDate to = month.atEndOfMonth().isAfter(asOf) ? asOf : month.atEndOfMonth();
            agree("open data " + month, "DOSSIER_NEW", value("an-hai", "DOSSIER_NEW", month.atDay(1), to),
                    new BigDecimal(m.get("received").toString()));
            agree("open data " + month, "DOSSIER_RESOLVED", value("an-hai", "DOSSIER_RESOLVED", month.atDay(1), to),
                    new BigDecimal(m.get("resolved").toString()));
            agree("open data " + month, "DOSSIER_ON_TIME_RATE",
                    value("an-hai", "DOSSIER_ON_TIME_RATE", month.atDay(1), to),
                    m.get("onTimeRate") == null ? null : new BigDecimal(m.get("onTimeRate").toString()));
        }
    }

    /** Checks every marked value of a page (as the province admin); the number of values checked. */
    private int checkPage(String ward, String path) throws Exception {
        String html = mvc.perform(MockMvcRequestBuilders.get(path)
                        .with(SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int checked = 0;
        for (Element e : Jsoup.parse(html).select("[data-figure]")) {
            String code = e.attr("data-figure");
            if (figures.find(code).isEmpty()) {
                continue;
            }
            String w = e.hasAttr("data-ward") ? e.attr("data-ward") : ward != null ? ward : path.split("/")[2];
            LocalDate from = LocalDate.parse(e.attr("data-from"));
            LocalDate to = LocalDate.parse(e.attr("data-to"));
            BigDecimal shownValue = read(e.text());
            if (shownValue == null && currentInstead(w, code, from, to)) {
                // the records cannot give that period's value (a camera without its date): "—" says so
                shown.add(code);
            } else {
                agree(path + " [" + w + " " + from + "–" + to + "]", code, value(w, code, from, to), shownValue);
            }
            checked++;
        }
        return checked;
    }

    /** The catalogue's value. */
    private BigDecimal value(String ward, String code, LocalDate from, LocalDate to) {
        return asAdmin(() -> figures.value(wards.get(ward), code, from, to));
    }

    /** Whether the catalogue gives today's value in place of the period's (its asOf is after the period). */
    private boolean currentInstead(String ward, String code, LocalDate from, LocalDate to) {
        FigureValue v = asAdmin(() -> figures.valueOf(wards.get(ward), code, from, to));
        return figures.get(code).basis() != Figure.Basis.CURRENT && v.asOf().isAfter(to);
    }

    /** Reads the catalogue as the province admin (a request through MockMvc clears the caller). */
    private <T> T asAdmin(java.util.function.Supplier<T> read) {
        var admin = accounts.loadUserByUsername("admin");
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(admin, null, admin.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return read.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private void agree(String where, String code, BigDecimal expected, BigDecimal shownValue) {
        shown.add(code);
        if (expected == null) {
            assertThat(shownValue).as(where + " " + code).isNull();
        } else {
            assertThat(shownValue).as(where + " " + code).isNotNull();
            assertThat(shownValue.setScale(2, RoundingMode.HALF_UP))
                    .as(where + " " + code).isEqualTo(expected.setScale(2, RoundingMode.HALF_UP));
        }
    }

    /** The first number of a text as a page writes it (12.456; 98,70%), null for "—" or "–". */
    private static BigDecimal read(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            assertThat(text.strip()).as("a value without a number").isIn("—", "–");
            return null;
        }
        return new BigDecimal(m.group().replace(".", "").replace(',', '.'));
    }

    private String api(String path) throws Exception {
        return mvc.perform(get("admin", path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String docx(String path) throws Exception {
        byte[] docx = mvc.perform(get("admin", path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
