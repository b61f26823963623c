package vn.ward57.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/**
 * The monthly aggregate follows every import in the same transaction, and its sums of whole months are
 * the issue-3 figures. Ward thang-mot, by hand:
 * D-1 online 05/01 due 10/01 resolved 08/01 (early, January); D-2 in person 20/01 due 25/01 resolved 03/02
 * (late, February); D-3 postal 02/02 due 06/02 resolved 06/02 (on time, February); D-4 online 10/02 withdrawn
 * 12/02. January: new 2 (1 online), resolved 1 (early). February: new 2 (1 online, 1 postal), resolved 2
 * (1 on time, 1 late), withdrawn 1. Then a second import resolves D-4's twin D-5 and moves D-1's result.
 */
@Ward57Test
class DossierMonthsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DossierMonths months;
    @Autowired
    DossierStatsService stats;
    @Autowired
    vn.ward57.org.WardService wards;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    @Test
    void theMonthsOfAWardSumToTheFiguresOfThePeriod() throws Exception {
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-thang\",\"name\":\"Tỉnh Tháng\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-thang/wards", "{\"code\":\"thang-mot\",\"name\":\"Phường Tháng Một\"}"));
        importFile("""
                dossier_code,channel,received_at,due_at,resolved_at,withdrawn_at
                D-1,ONLINE,2026-01-05,2026-01-10,2026-01-08,
                D-2,IN_PERSON,2026-01-20,2026-01-25,2026-02-03,
                D-3,POSTAL,2026-02-02,2026-02-06,2026-02-06,
                D-4,ONLINE,2026-02-10,2026-02-15,,2026-02-12
                """);
        asAdmin();
        var list = months.ward(wards.get("thang-mot"), YearMonth.of(2026, 1), YearMonth.of(2026, 3));
        assertThat(list).extracting(m -> m.month().toString()).containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(list.get(0).totals()).isEqualTo(new DossierMonths.Totals(1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0));
        assertThat(list.get(1).totals()).isEqualTo(new DossierMonths.Totals(1, 0, 1, 0, 1, 1, 1, 0, 0, 0, 0));
        assertThat(list.get(2).totals()).isEqualTo(new DossierMonths.Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        var quarter = months.province(wards.requireProvince("tinh-thang"), YearMonth.of(2026, 1), YearMonth.of(2026, 3)).get("thang-mot");
        DossierStats s = stats.ward(wards.get("thang-mot"),
                new DossierStatsService.Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), null, null));
        assertThat(quarter.newlyReceived()).isEqualTo(s.newlyReceived()).isEqualTo(4);
        assertThat(quarter.resolved()).isEqualTo(s.resolved()).isEqualTo(3);
        assertThat(quarter.onlineRate()).isEqualByComparingTo(s.onlineRate()).isEqualByComparingTo("50.00");
        assertThat(quarter.onTimeRate()).isEqualByComparingTo(s.onTimeRate()).isEqualByComparingTo("66.67");
        assertThat(quarter.withdrawn()).isEqualTo(s.withdrawn()).isEqualTo(1);

        // a later import moves D-1's result to March: both months change with it
        importFile("""
                dossier_code,channel,received_at,due_at,resolved_at,withdrawn_at
                D-1,ONLINE,2026-01-05,2026-03-10,2026-03-02,
                """);
        asAdmin();
        list = months.ward(wards.get("thang-mot"), YearMonth.of(2026, 1), YearMonth.of(2026, 3));
        assertThat(list.get(0).totals().resolved()).isZero();
        assertThat(list.get(2).totals()).isEqualTo(new DossierMonths.Totals(0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0));
        assertThat(months.provinceByMonth(wards.requireProvince("tinh-thang"), YearMonth.of(2026, 1), YearMonth.of(2026, 1)).getFirst()
                .totals().newlyReceived()).isEqualTo(2);
    }

    /** MockMvc's requests clear the test's security context; the services read it. */
    private void asAdmin() {
        var admin = accounts.loadUserByUsername("admin");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(admin, null,
                        admin.getAuthorities()));
    }

    private void importFile(String csv) throws Exception {
        String location = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/thang-mot/dossier-imports")
                        .file(new MockMultipartFile("file", "hs.csv", "text/csv", csv.getBytes()))
                        .with(httpBasic("admin", Api.PASSWORD)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        assertThat(Api.awaitImport(mvc, location)).contains("SUCCEEDED");
    }
}
