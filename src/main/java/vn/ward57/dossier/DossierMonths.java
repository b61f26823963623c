// TEMPORARY: the lead's version replaces it
package vn.ward57.dossier;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/**
 * Dossier totals month by month (temporary stand-in written against the lead's signature; it asks
 * {@link DossierStatsService#byMonth} once per ward, which the lead's pre-aggregated version avoids).
 */
@Service
@Transactional(readOnly = true)
public class DossierMonths {

    /** A period's new dossiers by channel and the resolved ones by timeliness. */
    public record Totals(long newOnline, long newInPerson, long newPostal, long resolved, long resolvedEarly,
                         long resolvedOnTime, long resolvedLate) {

        public long newlyReceived() {
            return newOnline + newInPerson + newPostal;
        }

        /** newOnline / newlyReceived in percent, 2 decimals; null when nothing was received. */
        public BigDecimal onlineRate() {
            return StatsCalculator.percent(newOnline, newlyReceived());
        }

        /** (resolvedEarly + resolvedOnTime) / resolved in percent, 2 decimals; null when nothing was resolved. */
        public BigDecimal onTimeRate() {
            return StatsCalculator.percent(resolvedEarly + resolvedOnTime, resolved);
        }
    }

    public record Month(YearMonth month, Totals totals) {
    }

    private final WardService wards;
    private final DossierStatsService stats;

    DossierMonths(WardService wards, DossierStatsService stats) {
        this.wards = wards;
        this.stats = stats;
    }

    /** Each ward of the province (key: ward code) with its totals over the months from … to. */
    public Map<String, Totals> province(String provinceCode, YearMonth from, YearMonth to) {
        Map<String, Totals> result = new LinkedHashMap<>();
        for (Ward w : wards.inProvince(provinceCode)) {
            Totals sum = new Totals(0, 0, 0, 0, 0, 0, 0);
            for (Month m : ward(w.code(), from, to)) {
                sum = add(sum, m.totals());
            }
            result.put(w.code(), sum);
        }
        return result;
    }

    public List<Month> ward(String wardCode, YearMonth from, YearMonth to) {
        List<Month> months = new ArrayList<>();
        stats.byMonth(wardCode, new DossierStatsService.Period(from.atDay(1), to.atEndOfMonth(), null, null))
                .forEach((m, s) -> months.add(new Month(m, new Totals(s.newOnline(), s.newInPerson(), s.newPostal(),
                        s.resolved(), s.resolvedEarly(), s.resolvedOnTime(), s.resolvedLate()))));
        return months;
    }

    private static Totals add(Totals a, Totals b) {
        return new Totals(a.newOnline() + b.newOnline(), a.newInPerson() + b.newInPerson(),
                a.newPostal() + b.newPostal(), a.resolved() + b.resolved(), a.resolvedEarly() + b.resolvedEarly(),
                a.resolvedOnTime() + b.resolvedOnTime(), a.resolvedLate() + b.resolvedLate());
    }
}
