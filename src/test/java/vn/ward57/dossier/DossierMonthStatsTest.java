package vn.ward57.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.ward57.Ward57Test;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.ActorPrincipal;
import vn.ward57.common.security.Role;
import vn.ward57.demo.DossierExportGenerator;
import vn.ward57.dossier.DossierStatsService.Period;
import vn.ward57.dossier.domain.DossierCounts;
import vn.ward57.dossier.domain.DossierMonthRepository;
import vn.ward57.dossier.domain.DossierStatsRepository;

/**
 * The province figures of whole months come from the monthly sums (V23): they must equal the exact
 * query's, field by field, for every ward and period. Hand-made edge cases with the answers worked out
 * by hand, then generated wards over many periods with the exact query as the oracle; and the sums an
 * import counts while streaming equal those the SQL function recomputes from the dossiers.
 */
@Ward57Test
class DossierMonthStatsTest {

    /**
     * E1 due on January's last day, open; E2 resolved on its due day; E3 late but closed in the month it
     * came; E4 overdue at January's end, withdrawn in February; E5 due in February, resolved late in March;
     * E6 received in December, due on the 31st, resolved late on 2 January; E7 open since December, overdue;
     * E8 received on 28 February, resolved early in March.
     */
    private static final String EDGES = """
            dossier_code,channel,received_at,due_at,resolved_at,withdrawn_at
            E1,ONLINE,2026-01-10 08:00,2026-01-31 17:00,,
            E2,IN_PERSON,2026-01-05 08:00,2026-01-20 17:00,2026-01-20 16:00,
            E3,ONLINE,2026-01-03 08:00,2026-01-08 17:00,2026-01-25 09:00,
            E4,POSTAL,2026-01-15 08:00,2026-01-25 17:00,,2026-02-10 10:00
            E5,ONLINE,2026-01-20 08:00,2026-02-05 17:00,2026-03-02 10:00,
            E6,IN_PERSON,2025-12-20 08:00,2025-12-31 17:00,2026-01-02 10:00,
            E7,ONLINE,2025-12-01 08:00,2025-12-10 17:00,,
            E8,ONLINE,2026-02-28 08:00,2026-03-03 17:00,2026-03-01 10:00,
            """;

    @Autowired
    DossierImportService imports;
    @Autowired
    DossierStatsService stats;
    @Autowired
    vn.ward57.org.WardService wards;
    @Autowired
    DossierStatsRepository exact;
    @Autowired
    DossierMonthRepository months;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    record Principal(Actor actor) implements ActorPrincipal {
    }

    @BeforeEach
    void provinceAdmin() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                new Principal(new Actor("kt", "Kiểm tra", Role.PROVINCE_ADMIN, Set.of("tinh-ms", "tinh-mg"), null,
                        null)), null, List.of()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void edgeCasesWorkedOutByHand() throws Exception {
        long ward = ward("tinh-ms", "ms-bien");
        importCsv("ms-bien", EDGES, 8, 0);
        assertThat(monthsAfterImport(ward)).isEqualTo(monthsRecomputed(ward));
        // received, carried over, new online/in person/postal, resolved early/on time/late, withdrawn, pending, overdue
        figures("2025-12-01", "2025-12-31", 2, 0, 1, 1, 0, 0, 0, 0, 0, 2, 1);      // E7 overdue, E6 due on the 31st
        figures("2026-01-01", "2026-01-31", 7, 2, 3, 1, 1, 0, 1, 2, 0, 4, 2);      // E4 E7; E1 due on the 31st is not
        figures("2026-02-01", "2026-02-28", 5, 4, 1, 0, 0, 0, 0, 0, 1, 4, 3);      // E1 E5 E7
        figures("2026-03-01", "2026-03-31", 4, 4, 0, 0, 0, 1, 0, 1, 0, 2, 2);      // E1 E7
        figures("2026-01-01", "2026-03-31", 8, 2, 4, 1, 1, 1, 1, 3, 1, 2, 2);
        figures("2025-12-01", "2026-02-28", 8, 0, 5, 2, 1, 0, 1, 2, 1, 4, 3);
        compareAllPeriods(List.of(ward), YearMonth.of(2025, 11), YearMonth.of(2026, 5));
    }

    @Test
    void generatedWardsAgreeWithTheExactQueryOverManyPeriods() throws Exception {
        long a = ward("tinh-mg", "mg-mot");
        long b = ward("tinh-mg", "mg-hai");
        long c = ward("tinh-mg", "mg-ba");
        importCsv("mg-mot", generated(11, "A", "2024-11-01", "2026-02-15", 3_000), 3_000, 0);
        importCsv("mg-hai", generated(12, "B", "2025-01-01", "2025-12-31", 2_000), 2_000, 0);
        importCsv("mg-ba", generated(13, "C", "2025-06-01", "2026-03-31", 2_000), 2_000, 0);
        for (long w : List.of(a, b, c)) {
            assertThat(monthsAfterImport(w)).as("ward %d", w).isEqualTo(monthsRecomputed(w));
        }
        // the same dossiers later: results and new ones (staged path: updates and inserts, months rewritten)
        importCsv("mg-mot", generated(11, "A", "2024-11-01", "2026-04-30", 3_400), 400, -1);
        // a new first code and then codes the ward has: the direct COPY stops at the key, the file is staged
        String again = generated(13, "C", "2025-06-01", "2026-03-31", 2_000);
        int header = again.indexOf('\n') + 1;
        importCsv("mg-ba", again.substring(0, header) + "C-MOI,1.001612,,ONLINE,2026-03-30T08:00,2026-04-02T17:00,,,,,,\n"
                + again.substring(header), 1, 0);
        // a file repeating a row as it is: written once
        long d = ward("tinh-mg", "mg-bon");
        String twice = generated(14, "D", "2025-03-01", "2025-09-30", 500);
        importCsv("mg-bon", twice + twice.substring(twice.lastIndexOf('\n', twice.length() - 2) + 1), 500, 0);
        for (long w : List.of(a, b, c, d)) {
            assertThat(monthsAfterImport(w)).as("ward %d", w).isEqualTo(monthsRecomputed(w));
        }
        compareAllPeriods(List.of(a, b, c, d), YearMonth.of(2024, 10), YearMonth.of(2026, 6));
    }

    /** Every month, every quarter and year, and ranges across years: sums against the exact query. */
    private void compareAllPeriods(List<Long> wards, YearMonth first, YearMonth last) {
        List<YearMonth[]> periods = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            periods.add(new YearMonth[] {m, m});
            if (m.getMonthValue() % 3 == 1) {
                periods.add(new YearMonth[] {m, m.plusMonths(2)});
            }
            if (m.getMonthValue() == 1) {
                periods.add(new YearMonth[] {m, m.plusMonths(11)});
            }
            periods.add(new YearMonth[] {m, m.plusMonths(4)});   // five months, across years for some
        }
        periods.add(new YearMonth[] {first, last});
        for (YearMonth[] p : periods) {
            LocalDate from = p[0].atDay(1);
            LocalDate to = p[1].atEndOfMonth();
            String what = from + " … " + to;
            assertThat(byKey(months.counts(wards, from, p[1].atDay(1), true)))
                    .as(what).isEqualTo(byKey(exact.counts(wards, from, to, null, null,
                            DossierStatsRepository.GroupBy.WARD)));
            assertThat(byKey(months.counts(wards, from, p[1].atDay(1), false)))
                    .as("all wards " + what).isEqualTo(byKey(exact.counts(wards, from, to, null, null,
                            DossierStatsRepository.GroupBy.NONE)));
        }
    }

    /** By group key, without the groups whose every count is 0 (the sums keep a row for such a ward). */
    private static Map<String, DossierCounts> byKey(List<DossierCounts> counts) {
        Map<String, DossierCounts> map = new HashMap<>();
        for (DossierCounts c : counts) {
            if (!c.equals(new DossierCounts(c.groupKey(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))) {
                map.put(c.groupKey(), c);
            }
        }
        return map;
    }

    private void figures(String from, String to, long received, long carriedOver, long newOnline, long newInPerson,
                         long newPostal, long early, long onTime, long late, long withdrawn, long pending,
                         long overdue) {
        Period period = new Period(LocalDate.parse(from), LocalDate.parse(to), null, null);
        DossierStats fromSums = stats.byWard(wards.requireProvince("tinh-ms"), period).get("ms-bien");
        DossierStats fromDossiers = stats.ward(wards.get("ms-bien"), period);
        assertThat(fromSums).as(from).isEqualTo(fromDossiers).isEqualTo(stats.province(wards.requireProvince("tinh-ms"), period));
        assertThat(List.of(fromSums.received(), fromSums.carriedOver(), fromSums.newOnline(), fromSums.newInPerson(),
                fromSums.newPostal(), fromSums.resolvedEarly(), fromSums.resolvedOnTime(), fromSums.resolvedLate(),
                fromSums.withdrawn(), fromSums.pending(), fromSums.pendingOverdue())).as(from)
                .containsExactly(received, carriedOver, newOnline, newInPerson, newPostal, early, onTime, late,
                        withdrawn, pending, overdue);
    }

    private long ward(String province, String code) {
        jdbc.sql("insert into province (code, name) values (?, ?) on conflict do nothing").params(province, province)
                .update();
        return jdbc.sql("""
                insert into ward (province_id, code, name) select id, ?, ? from province where code = ? returning id
                """).params(code, code, province).query(Long.class).single();
    }

    private void importCsv(String ward, String csv, long inserted, long updated) throws Exception {
        Path file = Files.writeString(dir.resolve(ward + System.nanoTime() + ".csv"), csv, StandardCharsets.UTF_8);
        DossierImportStatus done = imports.importAsSystem(ward, file);
        assertThat(done.status()).as(done.message() + " " + done.errors()).isEqualTo(DossierImportStatus.Status.SUCCEEDED);
        assertThat(done.rowsInserted()).isEqualTo(inserted);
        if (updated >= 0) {
            assertThat(done.rowsUpdated()).isEqualTo(updated);
        } else {
            assertThat(done.rowsUpdated()).isGreaterThan(2_500);   // most changed with the later dates
        }
    }

    private static String generated(long seed, String prefix, String from, String asOf, int count) throws Exception {
        StringWriter out = new StringWriter();
        new DossierExportGenerator(seed).writeCsv(out, prefix, LocalDate.parse(from), LocalDate.parse(asOf), count,
                DossierExportGenerator.Layout.CANONICAL);
        return out.toString();
    }

    private List<Map<String, Object>> monthsAfterImport(long ward) {
        return jdbc.sql("select * from dossier_month where ward_id = ? order by month").param(ward).query()
                .listOfRows();
    }

    private List<Map<String, Object>> monthsRecomputed(long ward) {
        months.refresh(ward);
        return monthsAfterImport(ward);
    }
}
