package vn.ward57.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/**
 * The figures on a ward of the test's own, worked out by hand. Staff (in post from → first day away):
 * A vp 01/7/2025 →; B vp 01/7/2025 → 30/6/2026; C vh 01/7/2025 → 01/3/2026; D vh 01/7/2025 →;
 * E vh 01/5/2026 →; F vp 15/7/2026 →. Events (programme, attendees, other participants, certificates):
 * E1 10/9/2025 DIGITAL_SKILLS A C, 40 residents, 2; E2 10/02/2026 AI A B, 0; E3 05/3/2026 OTHER D,
 * 25 pupils, 1; E4 10/7/2026 DIGITAL_LITERACY D, 12 community team members, 0; E5 30/6/2026
 * DIGITAL_SKILLS E, 1.
 */
@Ward57Test
class TrainingFiguresTest {

    static final String WARD = "th-so-lieu";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TrainingFigures figures;
    @Autowired
    WardService wards;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = ?").param(WARD).query(Long.class).single() > 0) {
            return;
        }
        PeopleWard.ensure(mvc, jdbc, WARD);
        long a = PeopleWard.staff(mvc, WARD, "Nguyễn Văn An", "vp", "2025-07-01", null);
        long b = PeopleWard.staff(mvc, WARD, "Trần Thị Bình", "vp", "2025-07-01", "2026-06-30");
        long c = PeopleWard.staff(mvc, WARD, "Lê Văn Cường", "vh", "2025-07-01", "2026-03-01");
        long d = PeopleWard.staff(mvc, WARD, "Phạm Thị Dung", "vh", "2025-07-01", null);
        long e = PeopleWard.staff(mvc, WARD, "Hoàng Văn Em", "vh", "2026-05-01", null);
        PeopleWard.staff(mvc, WARD, "Võ Thị Phương", "vp", "2026-07-15", null);
        long e1 = PeopleWard.event(mvc, WARD, "2025-09-10", "DIGITAL_SKILLS", "\"RESIDENTS\":40", 2);
        PeopleWard.attend(mvc, WARD, e1, a, c);
        long e2 = PeopleWard.event(mvc, WARD, "2026-02-10", "AI", "", 0);
        PeopleWard.attend(mvc, WARD, e2, a, b);
        long e3 = PeopleWard.event(mvc, WARD, "2026-03-05", "OTHER", "\"PUPILS\":25", 1);
        PeopleWard.attend(mvc, WARD, e3, d);
        long e4 = PeopleWard.event(mvc, WARD, "2026-07-10", "DIGITAL_LITERACY", "\"COMMUNITY_TEAMS\":12", 0);
        PeopleWard.attend(mvc, WARD, e4, d);
        long e5 = PeopleWard.event(mvc, WARD, "2026-06-30", "DIGITAL_SKILLS", "", 0);
        PeopleWard.attend(mvc, WARD, e5, e);
        // certificates after the attendance, since they may not exceed the participants
        mvc.perform(vn.ward57.Api.put("canbo." + WARD, "/api/v1/wards/" + WARD + "/training-events/" + e5, """
                {"heldOn":"2026-06-30","title":"Tập huấn E5","format":"ONLINE","programme":"DIGITAL_SKILLS",
                 "certificatesIssued":1}
                """)).andExpect(status().isOk()).andExpect(jsonPath("$.participants.STAFF").value(1));
    }

    @Test
    @WithUserDetails("canbo.th-so-lieu")
    void staffTrainedCountsThoseInPostOnceAndOnlyDigitalEventsHeldByThen() {
        // 30/6/2026: in post A, D, E (B left that very day, C on 1/3, F not yet come) = 3;
        // trained A (E1 and E2, once) and E (E5 held that day) = 2; D only OTHER (E3) and E4 after.
        // 2 × 100 / 3 = 66,666… → 66,67
        assertThat(figures.staffTrained(thisWard(), LocalDate.of(2026, 6, 30)))
                .isEqualTo(new StaffTrained(3, 2, new BigDecimal("66.67")));
        // 10/7/2026: the same three, D now trained by E4 → 3/3 = 100,00
        assertThat(figures.staffTrained(thisWard(), LocalDate.of(2026, 7, 10)))
                .isEqualTo(new StaffTrained(3, 3, new BigDecimal("100.00")));
        // 10/2/2026: in post A, B, C, D = 4 (E from 1/5); trained A, C (E1), B (E2 that day) = 3 → 75,00
        assertThat(figures.staffTrained(thisWard(), LocalDate.of(2026, 2, 10)))
                .isEqualTo(new StaffTrained(4, 3, new BigDecimal("75.00")));
        // before anyone was in post: no share
        assertThat(figures.staffTrained(thisWard(), LocalDate.of(2025, 6, 30))).isEqualTo(new StaffTrained(0, 0, null));
    }

    @Test
    @WithUserDetails("canbo.th-so-lieu")
    void trainingCountsEventsParticipantsOfAllGroupsAndCertificatesInThePeriod() {
        // 1/1–30/6/2026: E2 (2 staff), E3 (1 staff + 25 pupils), E5 (1 staff) → 3 events, 29 people, 0+1+1 = 2
        assertThat(figures.training(thisWard(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)))
                .isEqualTo(new TrainingCount(3, 29, 2));
        // 10/9/2025–10/7/2026, both ends in: all five → 42 + 2 + 26 + 13 + 1 = 84 people, 2+0+1+0+1 = 4
        assertThat(figures.training(thisWard(), LocalDate.of(2025, 9, 10), LocalDate.of(2026, 7, 10)))
                .isEqualTo(new TrainingCount(5, 84, 4));
        assertThat(figures.training(thisWard(), LocalDate.of(2026, 7, 11), LocalDate.of(2026, 12, 31)))
                .isEqualTo(new TrainingCount(0, 0, 0));
    }

    /** The figures take a ward read-checked where it is resolved: another ward's user gets no ward to ask with. */
    @Test
    @WithUserDetails("canbo.anhai")
    void theFiguresOfAnotherWardAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(this::thisWard).isInstanceOf(AccessDeniedException.class);
    }

    /** The ward as the signed-in user gets it. */
    private Ward thisWard() {
        return wards.get(WARD);
    }

    @Test
    void theApiAnswersTheStaffTrainedAndTheYearUpToTheDay() throws Exception {
        // as of 30/6/2026: staff as above; the year 1/1–30/6/2026 as in the period test
        mvc.perform(get("canbo." + WARD, "/api/v1/wards/" + WARD + "/training-figures?asOf=2026-06-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inPost").value(3)).andExpect(jsonPath("$.trained").value(2))
                .andExpect(jsonPath("$.share").value(66.67)).andExpect(jsonPath("$.events").value(3))
                .andExpect(jsonPath("$.participants").value(29)).andExpect(jsonPath("$.certificates").value(2));
        mvc.perform(get("canbo.anhai", "/api/v1/wards/" + WARD + "/training-figures")).andExpect(status().isForbidden());
    }
}
