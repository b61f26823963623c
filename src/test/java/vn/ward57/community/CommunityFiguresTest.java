package vn.ward57.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/**
 * The figures the indicator catalogue reads, on ward cd-so of four residential groups, entered
 * through the API. Worked by hand:
 * <pre>
 * team  group  founded     dissolved   members (joined → left)                     activities (residents)
 * A     g-01   10/01/2025  —           head 10/01/2025, Lan 01/02/2025,            20/01/2025 (10), 31/12/2025 (7),
 *                                      Minh 01/03/2025 → 01/09/2025                01/01/2026 (100)
 * B     g-02   01/06/2025  01/01/2026  head 01/06/2025, member 01/06/2025          15/07/2025 (20)
 * C     g-03   01/03/2026  —           head 01/03/2026                             05/03/2026 (3)
 * </pre>
 * The checklist K1, K2, K3 (and K4, later no longer applied); 2026S1: g-01 met K1 K2 K3, not K4;
 * g-02 met K1 K2, K3 not answered; g-03 met K1 K3, not K2. g-04 answered only for 2026Q1 (all met).
 */
@Ward57Test
class CommunityFiguresTest {

    static final String WARD = "cd-so";
    static final String BASE = "/api/v1/wards/" + WARD;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    CommunityFigures figures;
    @Autowired
    WardService wards;

    @BeforeEach
    void data() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = ?").param(WARD).query(Long.class).single() > 0) {
            return;
        }
        CommunityWards.create(mvc, jdbc, WARD, "Phường Số Liệu", 4);
        long a = team("g-01", "Tổ A", "2025-01-10", null);
        member(a, "Nguyễn Văn Hùng", "HEAD", "2025-01-10", null);
        member(a, "Trần Thị Lan", "MEMBER", "2025-02-01", null);
        member(a, "Lê Minh", "MEMBER", "2025-03-01", "2025-09-01");
        activity(a, "2025-01-20", 10);
        activity(a, "2025-12-31", 7);
        activity(a, "2026-01-01", 100);
        long b = team("g-02", "Tổ B", "2025-06-01", "2026-01-01");
        member(b, "Phạm Thị Hoa", "HEAD", "2025-06-01", null);
        member(b, "Võ Văn Nam", "MEMBER", "2025-06-01", null);
        activity(b, "2025-07-15", 20);
        long c = team("g-03", "Tổ C", "2026-03-01", null);
        member(c, "Đặng Thu Hà", "HEAD", "2026-03-01", null);
        activity(c, "2026-03-05", 3);
        for (String k : new String[] {"K1", "K2", "K3", "K4"}) {
            mvc.perform(post("lanhdao." + WARD, BASE + "/digital-group-criteria",
                    "{\"code\":\"" + k + "\",\"name\":\"Tiêu chí " + k + "\"}")).andExpect(status().isCreated());
        }
        assess("g-01", "2026S1", "\"K1\":true,\"K2\":true,\"K3\":true,\"K4\":false");
        assess("g-02", "2026S1", "\"K1\":true,\"K2\":true");
        assess("g-03", "2026S1", "\"K1\":true,\"K2\":false,\"K3\":true");
        assess("g-04", "2026Q1", "\"K1\":true,\"K2\":true,\"K3\":true,\"K4\":true");
    }

    @Test
    void teamsCountFromFoundingUntilTheDayOfDissolution() {
        // 31/12/2025: A and B (C not founded yet); 01/01/2026: B dissolved that day → A; 01/03/2026: A and C
        assertThat(figure(() -> figures.teams(ward(), LocalDate.of(2025, 12, 31)))).isEqualTo(2);
        assertThat(figure(() -> figures.teams(ward(), LocalDate.of(2026, 1, 1)))).isEqualTo(1);
        assertThat(figure(() -> figures.teams(ward(), LocalDate.of(2026, 3, 1)))).isEqualTo(2);
        assertThat(figure(() -> figures.teams(ward(), LocalDate.of(2025, 1, 9)))).isZero();
    }

    @Test
    void membersOfActiveTeamsWhoHadJoinedAndNotLeft() {
        // 31/08/2025: A 3 (Minh leaves 01/09) + B 2 = 5; 31/12/2025: A 2 + B 2 = 4;
        // 01/01/2026: B dissolved → A 2; 01/03/2026: A 2 + C 1 = 3
        assertThat(figure(() -> figures.members(ward(), LocalDate.of(2025, 8, 31)))).isEqualTo(5);
        assertThat(figure(() -> figures.members(ward(), LocalDate.of(2025, 12, 31)))).isEqualTo(4);
        assertThat(figure(() -> figures.members(ward(), LocalDate.of(2026, 1, 1)))).isEqualTo(2);
        assertThat(figure(() -> figures.members(ward(), LocalDate.of(2026, 3, 1)))).isEqualTo(3);
    }

    @Test
    void residentsHelpedAddsTheActivitiesHeldInTheRangeBothDaysIncluded() {
        // 2025: 10 + 7 + 20 = 37 (the 100 of 01/01/2026 is outside); 31/12/2025-01/01/2026: 7 + 100 = 107
        assertThat(figure(() -> figures.residentsHelped(ward(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))))
                .isEqualTo(37);
        assertThat(figure(() -> figures.residentsHelped(ward(), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1))))
                .isEqualTo(107);
        assertThat(figure(() -> figures.residentsHelped(ward(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))))
                .isZero();
    }

    @Test
    void aGroupMeetsTheChecklistOnlyWithEveryCriterionAppliedNow() throws Exception {
        // with K4 applied: g-01 missed K4, g-02 has no K3 answer, g-03 missed K2 → 3 assessed, none meets
        assertThat(figure(() -> figures.digitalGroups(ward(), "2026S1"))).isEqualTo(new DigitalGroups(3, 0));
        long k4 = jdbc.sql("select c.id from digital_group_criterion c join ward w on w.id = c.ward_id"
                + " where w.code = ? and c.code = 'K4'").param(WARD).query(Long.class).single();
        mvc.perform(put("lanhdao." + WARD, BASE + "/digital-group-criteria/" + k4,
                "{\"code\":\"K4\",\"name\":\"Tiêu chí K4\",\"active\":false}")).andExpect(status().isOk());
        try {
            // K4 no longer applied: g-01 meets all; g-04 counts in 2026Q1 only; nothing assessed for the year
            assertThat(figure(() -> figures.digitalGroups(ward(), "2026S1"))).isEqualTo(new DigitalGroups(3, 1));
            assertThat(figure(() -> figures.digitalGroups(ward(), "2026Q1"))).isEqualTo(new DigitalGroups(1, 1));
            assertThat(figure(() -> figures.digitalGroups(ward(), "2026"))).isEqualTo(new DigitalGroups(0, 0));
            // the grid marks the same groups as the figure counts
            mvc.perform(get("canbo." + WARD, BASE + "/digital-groups?period=2026S1"))
                    .andExpect(jsonPath("$.criteria[*].code").value(Matchers.contains("K1", "K2", "K3")))
                    .andExpect(jsonPath("$.groups[?(@.meetsAll == true)].groupCode").value(Matchers.contains("g-01")))
                    .andExpect(jsonPath("$.groups[?(@.assessed == false)].groupCode").value(Matchers.contains("g-04")))
                    .andExpect(jsonPath("$.groups[?(@.groupCode == 'g-02')].met.K2").value(Matchers.contains(true)))
                    .andExpect(jsonPath("$.figures.assessed").value(3))
                    .andExpect(jsonPath("$.figures.meeting").value(1));
        } finally {
            mvc.perform(put("lanhdao." + WARD, BASE + "/digital-group-criteria/" + k4,
                    "{\"code\":\"K4\",\"name\":\"Tiêu chí K4\",\"active\":true}")).andExpect(status().isOk());
        }
    }

    @Test
    void theFiguresApiGivesTheYearToDateAndTheGroups() throws Exception {
        // as of 31/12/2025: teams 2, members 4, residents helped 1/1-31/12/2025 = 37, groups 4
        mvc.perform(get("canbo." + WARD, BASE + "/community-figures?asOf=2025-12-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.teams").value(2)).andExpect(jsonPath("$.members").value(4))
                .andExpect(jsonPath("$.residentsHelped").value(37)).andExpect(jsonPath("$.groups").value(4));
        // 5/3/2026: A and C; members 2 + 1; 100 + 3 helped since 1/1/2026
        mvc.perform(get("canbo." + WARD, BASE + "/community-figures?asOf=2026-03-05"))
                .andExpect(jsonPath("$.teams").value(2)).andExpect(jsonPath("$.members").value(3))
                .andExpect(jsonPath("$.residentsHelped").value(103));
    }

    /** The figures take a ward read-checked where it is resolved: another ward's user gets no ward to ask with. */
    @Test
    void anotherWardsFiguresAreRefusedAndBadPeriodsSaidByName() throws Exception {
        assertThatThrownBy(() -> CommunityWards.as(accounts, "canbo.anhai", () -> wards.get(WARD)))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("canbo.anhai", BASE + "/community-figures")).andExpect(status().isForbidden());
        mvc.perform(get("canbo.anhai", BASE + "/digital-groups?period=2026S1")).andExpect(status().isForbidden());
        assertThatThrownBy(() -> figure(() -> figures.digitalGroups(ward(), "2026H1")))
                .hasMessage("period.bad");
        assertThatThrownBy(() -> figure(() -> figures.residentsHelped(ward(), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1)))).hasMessage("community.bad-range");
    }

    @Test
    void theDemoWardsHaveTheirTeams() {
        // demo-community.sql: an-hai one team per group (seed 000); trung-thanh all but 3 of 49;
        // an-hai members 247 heads + 741 members − 42 who left 31/3/2026 = 946;
        // 2026S1: 85 of an-hai's 247 groups meet all five criteria, 13 of trung-thanh's 45 assessed meet four
        LocalDate asOf = LocalDate.of(2026, 11, 20);
        assertThat(CommunityWards.as(accounts, "canbo.anhai", () -> figures.summary(wards.get("an-hai"), asOf)))
                .isEqualTo(new CommunityFigures.Summary(asOf, 247, 946, 6369, 247));
        assertThat(CommunityWards.as(accounts, "canbo.anhai", () -> figures.digitalGroups(wards.get("an-hai"), "2026S1")))
                .isEqualTo(new DigitalGroups(247, 85));
        assertThat(CommunityWards.as(accounts, "canbo.trungthanh", () -> figures.teams(wards.get("trung-thanh"), asOf)))
                .isEqualTo(46);
        assertThat(CommunityWards.as(accounts, "canbo.trungthanh",
                () -> figures.digitalGroups(wards.get("trung-thanh"), "2026S1"))).isEqualTo(new DigitalGroups(45, 13));
    }

    /** A figure of the test's ward, asked as its officer ... */
    private <T> T figure(java.util.function.Supplier<T> call) {
        return CommunityWards.as(accounts, "canbo." + WARD, call);
    }

    /** ... with the ward they get. */
    private Ward ward() {
        return wards.get(WARD);
    }

    private long team(String group, String name, String founded, String dissolved) throws Exception {
        String body = mvc.perform(post("canbo." + WARD, BASE + "/community-teams", """
                {"residentialGroup":"%s","name":"%s","foundedOn":"%s","dissolvedOn":%s}
                """.formatted(group, name, founded, dissolved == null ? "null" : "\"" + dissolved + "\"")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private void member(long team, String name, String role, String joined, String left) throws Exception {
        mvc.perform(post("canbo." + WARD, BASE + "/community-teams/" + team + "/members", """
                {"fullName":"%s","role":"%s","phone":"0905 111 222","joinedOn":"%s","leftOn":%s}
                """.formatted(name, role, joined, left == null ? "null" : "\"" + left + "\"")))
                .andExpect(status().isCreated());
    }

    private void activity(long team, String heldOn, int helped) throws Exception {
        mvc.perform(post("canbo." + WARD, BASE + "/community-teams/" + team + "/activities", """
                {"heldOn":"%s","description":"Hướng dẫn cài VNeID","residentsHelped":%d}
                """.formatted(heldOn, helped))).andExpect(status().isCreated());
    }

    private void assess(String group, String period, String met) throws Exception {
        mvc.perform(put("canbo." + WARD, BASE + "/digital-groups/" + group + "/" + period,
                "{\"met\":{" + met + "},\"note\":\"Họp tổ dân phố\"}")).andExpect(status().isOk());
    }
}
