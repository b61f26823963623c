package vn.ward57.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;
import vn.ward57.indicator.Judgement;

/**
 * Each tile of the dashboard says what the module's statistics API says for the same ward and
 * dates (on both demo wards), and the demo's figures worked out by hand as of a fixed day.
 */
@Ward57Test
class DashboardTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    DashboardTiles dashboard;
    @Autowired
    DashboardCharts charts;
    @Autowired
    vn.ward57.org.WardService wards;

    @Test
    void everyTileEqualsTheStatisticsApis() throws Exception {
        check("an-hai", "lanhdao.anhai");
        check("trung-thanh", "lanhdao.trungthanh");
    }

    private void check(String ward, String user) throws Exception {
        String api = "/api/v1/wards/" + ward;
        String dash = json(user, api + "/dashboard");
        LocalDate today = LocalDate.parse(JsonPath.read(dash, "$.today"));
        LocalDate first = today.withDayOfMonth(1);

        // dossiers: today and this month against dossier-stats of the same dates
        for (String[] tile : new String[][] {{"today", today.toString()}, {"month", first.toString()}}) {
            String stats = json(user, api + "/dossier-stats?from=" + tile[1] + "&to=" + today);
            String at = "$.dossiers." + tile[0] + ".";
            assertThat((Object) JsonPath.read(dash, at + "received")).isEqualTo(JsonPath.read(stats, "$.newlyReceived"));
            assertThat((Object) JsonPath.read(dash, at + "onlineRate")).isEqualTo(JsonPath.read(stats, "$.onlineRate"));
            assertThat((Object) JsonPath.read(dash, at + "onTimeRate")).isEqualTo(JsonPath.read(stats, "$.onTimeRate"));
            assertThat((Object) JsonPath.read(dash, at + "pendingOverdue")).isEqualTo(JsonPath.read(stats, "$.pendingOverdue"));
        }

        // tasks: the figures and light of task-stats as of today; the overdue list is as long as its count
        Map<String, Object> tasks = JsonPath.read(dash, "$.tasks.stats");
        assertThat(tasks).isEqualTo(JsonPath.read(json(user, api + "/task-stats?asOf=" + today), "$"));
        assertThat(((List<?>) JsonPath.read(dash, "$.tasks.overdue"))).hasSize(((Number) tasks.get("overdueNotDone")).intValue());
        List<String> dueSoon = JsonPath.read(dash, "$.tasks.dueSoon[*].deadline");
        assertThat(dueSoon).allSatisfy(d -> assertThat(LocalDate.parse(d)).isBetween(today, today.plusDays(7)));

        // feedback: this month's figures, backlog and overdue as of today
        assertThat((Object) JsonPath.read(dash, "$.feedback.stats"))
                .isEqualTo(JsonPath.read(json(user, api + "/feedback-stats?from=" + first + "&to=" + today), "$"));

        // budget: the sum of budget-summary's categories
        String budget = json(user, api + "/budget-summary?year=" + today.getYear());
        for (String figure : List.of("estimate", "adjusted", "disbursed")) {
            List<Number> parts = JsonPath.read(budget, "$[*]." + figure);
            assertThat(((Number) JsonPath.read(dash, "$.budget.total." + figure)).longValue())
                    .isEqualTo(parts.stream().mapToLong(Number::longValue).sum());
        }

        // consistency: validation-violations of this month and the previous one
        YearMonth month = YearMonth.from(today);
        List<Object> broken = new ArrayList<>(JsonPath.read(json(user, api + "/validation-violations?period=" + month), "$"));
        broken.addAll(JsonPath.read(json(user, api + "/validation-violations?period=" + month.minusMonths(1)), "$"));
        assertThat((Object) JsonPath.read(dash, "$.consistency.violations")).isEqualTo(broken);

        // forms: forms-due's monthly ones
        List<Object> monthly = JsonPath.read(json(user, api + "/forms-due"), "$[?(@.period =~ /\\d{4}-\\d{2}/)]");
        assertThat((Object) JsonPath.read(dash, "$.forms.due")).isEqualTo(monthly);

        // indicators: each line is what the indicators API says for its period, RED first
        List<Map<String, Object>> lines = JsonPath.read(dash, "$.indicators.lines");
        assertThat(lines).isNotEmpty();
        for (Map<String, Object> line : lines) {
            List<Map<String, Object>> same = JsonPath.read(json(user, api + "/indicators?period=" + line.get("period")),
                    "$[?(@.code == '" + line.get("code") + "')]");
            assertThat(line.get("value")).as(line.get("code") + "").isEqualTo(same.getFirst().get("value"));
            assertThat(line.get("status")).as(line.get("code") + "").isEqualTo(same.getFirst().get("status"));
        }
        List<String> order = lines.stream().map(l -> String.valueOf(l.get("status"))).toList();
        assertThat(order).isSortedAccordingTo(java.util.Comparator.comparingInt(s -> List.of("RED", "AMBER", "GREEN", "null").indexOf(s)));
        assertThat(((Number) JsonPath.read(dash, "$.indicators.red")).longValue())
                .isEqualTo(order.stream().filter("RED"::equals).count());
    }

    @Test
    void trungThanhOnTheTwentiethOfNovemberWorkedOutByHand() {
        as("lanhdao.trungthanh", () -> {
            // demo-tasks.sql: as of 20/11/2026 two tasks are overdue (due 15/10 and 20/10/2026): RED
            var tasks = dashboard.tasks(wards.get("trung-thanh"), LocalDate.of(2026, 11, 20));
            assertThat(tasks.stats().light()).isEqualTo(vn.ward57.task.TaskStats.Light.RED);
            // (other tests share this database and may add tasks of their own to trung-thanh: only the demo's count)
            assertThat(tasks.overdue()).filteredOn(t -> t.code().startsWith("KH96-") || t.code().startsWith("GB-"))
                    .extracting(vn.ward57.task.Task::deadline)
                    .containsExactly(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 20));

            // demo-indicators.sql: CKS's latest value is October's 4,3 %, RED against a pace of 5,00,
            // explained on Công an phường's October form; it comes first with the other RED ones
            var indicators = dashboard.indicators(wards.get("trung-thanh"), LocalDate.of(2026, 11, 20));
            var cks = indicators.lines().stream().filter(l -> l.code().equals("CKS")).findFirst().orElseThrow();
            assertThat(cks.period()).isEqualTo("2026-10");
            assertThat(cks.value()).isEqualByComparingTo("4.3");
            assertThat(cks.status()).isEqualTo(Judgement.Status.RED);
            assertThat(cks.explanation()).startsWith("Chưa đạt lộ trình (cần khoảng 5,0%).");
            // the yearly CB-LCKNS, which no unit leads: 2025's value RED, explained by the ward's officer
            var lckns = indicators.lines().stream().filter(l -> l.code().equals("CB-LCKNS")).findFirst().orElseThrow();
            assertThat(lckns.period()).isEqualTo("2025");
            assertThat(lckns.status()).isEqualTo(Judgement.Status.RED);
            assertThat(lckns.explanation()).startsWith("Chỉ tiêu đến năm 2035. Phường mới bố trí 01 cán bộ");
            assertThat(indicators.lines().subList(0, (int) indicators.red()))
                    .allMatch(l -> l.status() == Judgement.Status.RED).contains(cks);

            // the target path of CKS, judged by pace (demo-indicators.sql): 4,59 / 4,72 / 4,86 / 5,00 for
            // July to October 2026, against values 4,1 / 4,2 / 4,2 / 4,3
            var chartsAsOf = charts.of(wards.get("trung-thanh"), LocalDate.of(2026, 11, 20));
            var path = chartsAsOf.indicators().stream().filter(i -> i.code().equals("CKS")).findFirst().orElseThrow();
            assertThat(path.periods()).containsExactly("2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11");
            assertThat(path.targets().subList(1, 5)).extracting(t -> t.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString())
                    .containsExactly("4.59", "4.72", "4.86", "5.00");
            assertThat(path.values().subList(1, 5)).extracting(v -> v.stripTrailingZeros().toPlainString())
                    .containsExactly("4.1", "4.2", "4.2", "4.3");
            assertThat(path.values().get(5)).isNull();
            // the charts open on a RED indicator
            var opening = chartsAsOf.indicators().getFirst();
            assertThat(indicators.lines().stream().filter(l -> l.code().equals(opening.code())).findFirst()
                    .orElseThrow().status()).isEqualTo(Judgement.Status.RED);

            // demo-indicators.sql: one rule broken once, TCN-TDP in September 2026 (94 teams for 49
            // groups): open in October (the previous month), gone in December
            assertThat(dashboard.consistency(wards.get("trung-thanh"), LocalDate.of(2026, 10, 5)).violations())
                    .extracting(v -> v.period() + " " + v.leftValue().stripTrailingZeros().toPlainString() + " "
                            + v.operator() + " " + v.rightValue().stripTrailingZeros().toPlainString())
                    .containsExactly("2026-09 94 <= 49");
            assertThat(dashboard.consistency(wards.get("trung-thanh"), LocalDate.of(2026, 12, 5)).violations()).isEmpty();
        });
    }

    private void as(String username, Runnable body) {
        var user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            body.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String json(String user, String path) throws Exception {
        return mvc.perform(get(user, path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
