package vn.ward57.dossier;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.dossier.domain.DossierMonthRepository;
import vn.ward57.dossier.domain.StatsCalculator;
import vn.ward57.org.Province;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/**
 * The dossiers of whole months from the monthly aggregate (kept with every import): what the province view
 * and the dashboard's charts sum, instead of scanning every dossier. For whole months the figures equal
 * {@link DossierStatsService}'s (newly received by channel, resolved and its parts). The ward or province is
 * one the caller has checked.
 */
@Service
@Transactional(readOnly = true)
public class DossierMonths {

    private final WardService wards;
    private final DossierMonthRepository months;

    DossierMonths(WardService wards, DossierMonthRepository months) {
        this.wards = wards;
        this.months = months;
    }

    /** A sum of months; rates by issue 3's definitions: percent, 2 decimals, null when nothing to divide by. */
    public record Totals(long newOnline, long newInPerson, long newPostal, long resolvedEarly, long resolvedOnTime,
                         long resolvedLate, long withdrawn, long newDigitisedInput, long newWithFee, long newPaidOnline,
                         long resolvedDigitisedResult) {

        static final Totals ZERO = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public long newlyReceived() {
            return newOnline + newInPerson + newPostal;
        }

        public long resolved() {
            return resolvedEarly + resolvedOnTime + resolvedLate;
        }

        public BigDecimal onlineRate() {
            return StatsCalculator.percent(newOnline, newlyReceived());
        }

        public BigDecimal onTimeRate() {
            return StatsCalculator.percent(resolvedEarly + resolvedOnTime, resolved());
        }

        static Totals of(DossierMonthRepository.Sums s) {
            return new Totals(s.newOnline(), s.newInPerson(), s.newPostal(), s.resolvedEarly(), s.resolvedOnTime(),
                    s.resolvedLate(), s.withdrawn(), s.newDigitisedInput(), s.newWithFee(), s.newPaidOnline(),
                    s.resolvedDigitisedResult());
        }
    }

    public record Month(YearMonth month, Totals totals) {
    }

    /** Each month of [from, to] for the ward, months without dossiers as zeros. */
    public List<Month> ward(Ward ward, YearMonth from, YearMonth to) {
        return months(List.of(ward.id().value()), from, to);
    }

    /** Each month of [from, to] summed over the province's wards. */
    public List<Month> provinceByMonth(Province province, YearMonth from, YearMonth to) {
        return months(wards.inProvince(province).stream().map(w -> w.id().value()).toList(), from, to);
    }

    /** Each ward of the province (key: ward code) with its sums over the months [from, to]. */
    public Map<String, Totals> province(Province province, YearMonth from, YearMonth to) {
        check(from, to);
        Map<String, Totals> result = new LinkedHashMap<>();
        for (var s : months.byWard(wards.inProvince(province).stream().map(w -> w.id().value()).toList(),
                from.atDay(1), to.atDay(1))) {
            result.put(s.key(), Totals.of(s));
        }
        return result;
    }

    private List<Month> months(List<Long> wardIds, YearMonth from, YearMonth to) {
        check(from, to);
        Map<YearMonth, Totals> found = new LinkedHashMap<>();
        for (var s : months.byMonth(wardIds, from.atDay(1), to.atDay(1))) {
            found.put(YearMonth.parse(s.key()), Totals.of(s));
        }
        return java.util.stream.Stream.iterate(from, m -> !m.isAfter(to), m -> m.plusMonths(1))
                .map(m -> new Month(m, found.getOrDefault(m, Totals.ZERO))).toList();
    }

    private static void check(YearMonth from, YearMonth to) {
        if (from == null || to == null) {
            throw new InvalidInputException("stats.period-required", from == null ? "from" : "to");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("stats.period-reversed", "to");
        }
    }
}
