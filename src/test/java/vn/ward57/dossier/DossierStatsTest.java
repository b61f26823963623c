package vn.ward57.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/**
 * Every statistic of issue 3 on twelve dossiers whose answers were worked out by hand, with the
 * boundaries: received on from, resolved on to, resolved on the due date, due on to, withdrawn,
 * carried over, resolved or withdrawn before the period, received after it.
 */
@Ward57Test
class DossierStatsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    @BeforeEach
    void twelveDossiers() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = 'tk-mot'").query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-thu\",\"name\":\"Tỉnh Thử\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-thu/wards", "{\"code\":\"tk-mot\",\"name\":\"Phường Một\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-thu/wards", "{\"code\":\"tk-hai\",\"name\":\"Phường Hai\"}"));
        insert("tk-mot", """
                A ONLINE    2026-02-20T09:00 2026-03-05T17:00 2026-03-05T10:00 -                f t f f Hộ tịch
                B IN_PERSON 2026-02-10T09:00 2026-02-25T17:00 2026-02-28T10:00 -                f f f f Chứng thực
                C ONLINE    2026-03-01T08:00 2026-03-10T17:00 2026-03-09T10:00 -                t f t t Hộ tịch
                D POSTAL    2026-03-15T09:00 2026-03-20T17:00 2026-03-31T23:00 -                f f f f Hộ tịch
                E IN_PERSON 2026-03-20T09:00 2026-03-30T17:00 -                2026-03-25T10:00 f f t f Hộ tịch
                F IN_PERSON 2026-01-05T09:00 2026-01-20T17:00 -                -                f f f f Chứng thực
                G ONLINE    2026-03-28T09:00 2026-04-10T17:00 -                -                t f f f Chứng thực
                H ONLINE    2026-03-25T09:00 2026-03-31T17:00 -                -                f f f f Chứng thực
                I IN_PERSON 2026-03-10T09:00 2026-03-30T17:00 -                -                f f f f Chứng thực
                J ONLINE    2026-04-01T09:00 2026-04-10T17:00 -                -                f f f f Chứng thực
                K IN_PERSON 2026-02-01T09:00 2026-02-15T17:00 -                2026-02-20T10:00 f f f f Chứng thực
                L ONLINE    2026-02-25T09:00 2026-03-10T17:00 2026-04-02T10:00 -                f f f f Chứng thực
                """);
        insert("tk-hai", """
                M ONLINE    2026-03-02T09:00 2026-03-05T17:00 2026-03-04T10:00 -                f t t t Hộ tịch
                """);
    }

    @Test
    void marchFiguresAreThoseWorkedOutByHand() throws Exception {
        // workload A C D E F G H I L (B resolved and K withdrawn before March, J received after)
        mvc.perform(get("canbo.tkmot", "/api/v1/wards/tk-mot/dossier-stats?from=2026-03-01&to=2026-03-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(9))
                .andExpect(jsonPath("$.carriedOver").value(3))          // A F L
                .andExpect(jsonPath("$.newlyReceived").value(6))
                .andExpect(jsonPath("$.newOnline").value(3))            // C (on from) G H
                .andExpect(jsonPath("$.newInPerson").value(2))          // E I
                .andExpect(jsonPath("$.newPostal").value(1))            // D
                .andExpect(jsonPath("$.resolved").value(3))             // A C D (D on to, 23:00)
                .andExpect(jsonPath("$.resolvedEarly").value(1))        // C
                .andExpect(jsonPath("$.resolvedOnTime").value(1))       // A: resolved on its due date
                .andExpect(jsonPath("$.resolvedLate").value(1))         // D
                .andExpect(jsonPath("$.withdrawn").value(1))            // E
                .andExpect(jsonPath("$.pending").value(5))              // F G H I L
                .andExpect(jsonPath("$.pendingOverdue").value(3))       // F I L; H is due on to: not overdue
                .andExpect(jsonPath("$.pendingWithinDeadline").value(2))
                .andExpect(jsonPath("$.onlineRate").value(50.00))       // 3/6
                .andExpect(jsonPath("$.onTimeRate").value(66.67))       // 2/3
                .andExpect(jsonPath("$.digitisedInputRate").value(33.33))   // C G of 6
                .andExpect(jsonPath("$.digitisedResultRate").value(33.33))  // A of 3
                .andExpect(jsonPath("$.onlinePaymentRate").value(50.00));   // C of C E
    }

    @Test
    void addingFebruaryAndMarchCountsNoCarriedOverDossierTwice() throws Exception {
        // February: workload A B F K L, carried over F; the two months together: received 11, carried over F only
        mvc.perform(get("canbo.tkmot", "/api/v1/wards/tk-mot/dossier-stats?from=2026-02-01&to=2026-02-28"))
                .andExpect(jsonPath("$.received").value(5))
                .andExpect(jsonPath("$.carriedOver").value(1))
                .andExpect(jsonPath("$.newlyReceived").value(4))
                .andExpect(jsonPath("$.resolved").value(1))             // B, late (28 > 25)
                .andExpect(jsonPath("$.resolvedLate").value(1))
                .andExpect(jsonPath("$.withdrawn").value(1));           // K
        mvc.perform(get("canbo.tkmot", "/api/v1/wards/tk-mot/dossier-stats?from=2026-02-01&to=2026-03-31"))
                .andExpect(jsonPath("$.received").value(11))            // 1 + 4 + 6, not 5 + 9
                .andExpect(jsonPath("$.carriedOver").value(1))
                .andExpect(jsonPath("$.newlyReceived").value(10))
                .andExpect(jsonPath("$.resolved").value(4))
                .andExpect(jsonPath("$.withdrawn").value(2))
                .andExpect(jsonPath("$.pending").value(5));
    }

    @Test
    void theCutOffWindowOfDecree09() throws Exception {
        // 2026-03C is 15/02–14/03: workload A B C F I K L (D E G H received after 14/03, J in April)
        mvc.perform(get("canbo.tkmot", "/api/v1/wards/tk-mot/dossier-stats?period=2026-03C"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(7))
                .andExpect(jsonPath("$.carriedOver").value(3))          // B F K, received before 15/02
                .andExpect(jsonPath("$.newOnline").value(3))            // A C L
                .andExpect(jsonPath("$.newInPerson").value(1))          // I
                .andExpect(jsonPath("$.resolved").value(3))             // A on time, B late, C early
                .andExpect(jsonPath("$.resolvedEarly").value(1))
                .andExpect(jsonPath("$.resolvedOnTime").value(1))
                .andExpect(jsonPath("$.resolvedLate").value(1))
                .andExpect(jsonPath("$.withdrawn").value(1))            // K on 20/02
                .andExpect(jsonPath("$.pending").value(3))              // F I L
                .andExpect(jsonPath("$.pendingOverdue").value(2))       // F (20/01) L (10/03); I due 30/03
                .andExpect(jsonPath("$.onlineRate").value(75.00));      // 3/4
        mvc.perform(get("canbo.tkmot", "/api/v1/wards/tk-mot/dossier-stats?period=2026-03C&from=2026-03-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không cả hai")));
        mvc.perform(get("canbo.tkmot", "/api/v1/wards/tk-mot/dossier-stats?period=2026S2C"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("6 tháng cuối năm")));
    }

    @Test
    void thePagesOfferTheWindowsByName() throws Exception {
        var officer = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(accounts.loadUserByUsername("canbo.tkmot"));
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/wards/tk-mot/dossiers?period=2026-03C").with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tháng 3/2026 (kỳ chốt số liệu 15/02/2026 – 14/3/2026)")
                .contains("<select id=\"period\" name=\"period\" data-autosubmit")
                .contains("<option value=\"2026-03C\" data-from=\"2026-02-15\" data-to=\"2026-03-14\" selected=\"selected\"");
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/wards/tk-mot/reports").with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Kỳ chốt số liệu (Nghị định 09/2019/NĐ-CP)").contains("<select id=\"period\" name=\"period\">");
        // a report drafted from a named period alone takes its dates
        String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/wards/tk-mot/reports").param("kind", "MONTHLY").param("period", "2026-03C")
                        .with(officer).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get("canbo.tkmot", "/api/v1/reports/" + id))
                .andExpect(jsonPath("$.from").value("2026-02-15"))
                .andExpect(jsonPath("$.to").value("2026-03-14"));
    }

    @Test
    void aFieldFilterAndTheProvinceSum() throws Exception {
        // Hộ tịch in March: A (carried over) C D E; resolved A C D, withdrawn E
        mvc.perform(get("canbo.tkmot", "/api/v1/wards/tk-mot/dossier-stats?from=2026-03-01&to=2026-03-31&field=Hộ tịch"))
                .andExpect(jsonPath("$.received").value(4))
                .andExpect(jsonPath("$.carriedOver").value(1))
                .andExpect(jsonPath("$.resolved").value(3))
                .andExpect(jsonPath("$.withdrawn").value(1))
                .andExpect(jsonPath("$.pending").value(0))
                .andExpect(jsonPath("$.pendingOverdue").value(0));
        // the province: tk-mot's 9 plus tk-hai's M (online, early, digitised, paid online)
        mvc.perform(get("admin", "/api/v1/provinces/tinh-thu/dossier-stats?from=2026-03-01&to=2026-03-31"))
                .andExpect(jsonPath("$.received").value(10))
                .andExpect(jsonPath("$.newOnline").value(4))
                .andExpect(jsonPath("$.resolved").value(4))
                .andExpect(jsonPath("$.resolvedEarly").value(2))
                .andExpect(jsonPath("$.onlineRate").value(57.14))       // 4/7
                .andExpect(jsonPath("$.onTimeRate").value(75.00))       // 3/4
                .andExpect(jsonPath("$.onlinePaymentRate").value(66.67)); // C M of C E M
    }

    @Test
    void anEmptyPeriodHasNoRatesAndABadPeriodIsExplained() throws Exception {
        mvc.perform(get("canbo.tkmot", "/api/v1/wards/tk-mot/dossier-stats?from=2025-01-01&to=2025-01-31"))
                .andExpect(jsonPath("$.received").value(0))
                .andExpect(jsonPath("$.onlineRate").value((Object) null))
                .andExpect(jsonPath("$.onTimeRate").value((Object) null));
        mvc.perform(get("canbo.tkmot", "/api/v1/wards/tk-mot/dossier-stats?from=2026-03-31&to=2026-03-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Ngày kết thúc của kỳ phải sau hoặc bằng ngày bắt đầu."));
        mvc.perform(get("canbo.tkmot", "/api/v1/wards/tk-mot/dossier-stats?from=2026-02-30&to=2026-03-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(
                        "Giá trị „2026-02-30“ của tham số from không hợp lệ (ngày viết dạng YYYY-MM-DD)."));
        mvc.perform(get("canbo.tkmot", "/api/v1/wards/tk-mot/dossier-stats?to=2026-03-01"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("canbo.anhai", "/api/v1/wards/tk-mot/dossier-stats?from=2026-03-01&to=2026-03-31"))
                .andExpect(status().isForbidden());
    }

    @Test
    void eachFigureOpensTheDossiersBehindIt() throws Exception {
        var officer = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(accounts.loadUserByUsername("canbo.tkmot"));
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/wards/tk-mot/dossiers/list").param("from", "2026-03-01").param("to", "2026-03-31")
                        .param("figure", "pendingOverdue").with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // F I L, as in marchFiguresAreThoseWorkedOutByHand
        org.assertj.core.api.Assertions.assertThat(page).contains(">F<", ">I<", ">L<", "3 hồ sơ")
                .doesNotContain(">H<").doesNotContain(">G<");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/wards/tk-mot/dossiers/list").param("from", "2026-03-01").param("to", "2026-03-31")
                        .param("figure", "khong-co").with(officer))
                .andExpect(status().isBadRequest());
        // a field's row of the breakdown opens its own dossiers: March's workload in Hộ tịch is A C D E
        mvc.perform(get("canbo.tkmot",
                        "/api/v1/wards/tk-mot/dossiers?from=2026-03-01&to=2026-03-31&figure=received&field=Hộ tịch"))
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.rows[*].code").value(org.hamcrest.Matchers.contains("A", "C", "D", "E")));
        mvc.perform(get("canbo.tkmot",
                        "/api/v1/wards/tk-mot/dossiers?from=2026-03-01&to=2026-03-31&figure=resolved&field=Hộ tịch"))
                .andExpect(jsonPath("$.total").value(3));                  // A C D
    }

    @Autowired
    DossierStatsService service;
    @Autowired
    vn.ward57.org.WardService wards;

    @Test
    void everyFigureListsAsManyDossiersAsItCounts() throws Exception {
        var user = accounts.loadUserByUsername("canbo.tkmot");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(user, null,
                        user.getAuthorities()));
        try {
            for (var period : java.util.List.of(
                    new DossierStatsService.Period(java.time.LocalDate.of(2026, 3, 1), java.time.LocalDate.of(2026, 3, 31), null, null),
                    new DossierStatsService.Period(java.time.LocalDate.of(2026, 2, 1), java.time.LocalDate.of(2026, 3, 31), null, null))) {
                DossierStats stats = service.ward(wards.get("tk-mot"), period);
                for (var component : DossierStats.class.getRecordComponents()) {
                    if (component.getType() != long.class) {
                        continue;   // the rates are not lists of dossiers
                    }
                    long counted = (long) component.getAccessor().invoke(stats);
                    long listed = service.dossiers(wards.get("tk-mot"), period, component.getName(), 0).total();
                    org.assertj.core.api.Assertions.assertThat(listed).as(component.getName() + " " + period)
                            .isEqualTo(counted);
                }
            }
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void theMonthlyTrendCutsThePeriodIntoMonthsWithTheirOwnCarriedOver() {
        var user = accounts.loadUserByUsername("canbo.tkmot");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(user, null,
                        user.getAuthorities()));
        try {
            // 15 February to 10 March: February cut to 15-28, March to 1-10
            var months = service.byMonth(wards.get("tk-mot"), new DossierStatsService.Period(
                    java.time.LocalDate.of(2026, 2, 15), java.time.LocalDate.of(2026, 3, 10), null, null));
            org.assertj.core.api.Assertions.assertThat(months.keySet()).containsExactly(
                    java.time.YearMonth.of(2026, 2), java.time.YearMonth.of(2026, 3));
            // 15-28 Feb: workload A B F K L (B resolved on the 28th, K withdrawn on the 20th); carried over B F K
            DossierStats feb = months.get(java.time.YearMonth.of(2026, 2));
            org.assertj.core.api.Assertions.assertThat(feb.received()).isEqualTo(5);
            org.assertj.core.api.Assertions.assertThat(feb.carriedOver()).isEqualTo(3);
            org.assertj.core.api.Assertions.assertThat(feb.withdrawn()).isEqualTo(1);
            // 1-10 Mar: workload A C F I L (B resolved and K withdrawn in Feb; D E G H received later);
            // carried over A F L; resolved A (5th) and C (9th)
            DossierStats mar = months.get(java.time.YearMonth.of(2026, 3));
            org.assertj.core.api.Assertions.assertThat(mar.received()).isEqualTo(5);
            org.assertj.core.api.Assertions.assertThat(mar.carriedOver()).isEqualTo(3);
            org.assertj.core.api.Assertions.assertThat(mar.resolved()).isEqualTo(2);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    /** One dossier a line: code channel received due resolved withdrawn digIn digRes fee paid field. */
    private void insert(String ward, String lines) throws Exception {
        if (ward.equals("tk-mot")) {
            mvc.perform(post("admin", "/api/v1/users", """
                    {"username":"canbo.tkmot","fullName":"Cán bộ","role":"WARD_OFFICER","wardCode":"tk-mot","password":"ward57-demo"}
                    """));
        }
        for (String line : lines.strip().split("\n")) {
            String[] f = line.strip().split("\\s+", 11);
            jdbc.sql("""
                    insert into dossier (ward_id, code, channel, received_at, due_at, resolved_at, withdrawn_at,
                                         digitised_input, digitised_result, fee_required, paid_online, field)
                    values ((select id from ward where code = ?), ?, ?, cast(? as timestamp), cast(? as timestamp),
                            cast(? as timestamp), cast(? as timestamp), ?, ?, ?, ?, ?)
                    """).params(ward, f[0], f[1], f[2], f[3], dash(f[4]), dash(f[5]), f[6].equals("t"),
                    f[7].equals("t"), f[8].equals("t"), f[9].equals("t"), f[10]).update();
        }
        // what every import does: the province's whole months are read from the monthly sums
        months.refresh(jdbc.sql("select id from ward where code = ?").param(ward).query(Long.class).single());
    }

    @Autowired
    vn.ward57.dossier.domain.DossierMonthRepository months;

    private static String dash(String value) {
        return value.equals("-") ? null : value;
    }
}
