package vn.ward57.dossier;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.Texts;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.dossier.domain.DossierCounts;
import vn.ward57.dossier.domain.DossierListRepository.Figure;
import vn.ward57.dossier.domain.DossierListRepository;
import vn.ward57.dossier.domain.DossierMonthRepository;
import vn.ward57.dossier.domain.DossierStatsRepository.GroupBy;
import vn.ward57.dossier.domain.DossierStatsRepository;
import vn.ward57.dossier.domain.StatsCalculator;
import vn.ward57.org.Province;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/**
 * Dossier statistics of a ward or a province for any period. The ward or province is one the caller has
 * checked (a Ward or Province parameter, WardService).
 */
@Service
@Transactional(readOnly = true)
public class DossierStatsService {

    private final WardService wards;
    private final DossierStatsRepository repository;
    private final DossierListRepository list;
    private final DossierMonthRepository months;

    DossierStatsService(WardService wards, DossierStatsRepository repository, DossierListRepository list,
                        DossierMonthRepository months) {
        this.wards = wards;
        this.repository = repository;
        this.list = list;
        this.months = months;
    }

    /** A period and optional filters; from and to are both inclusive. */
    public record Period(LocalDate from, LocalDate to, String field, String procedure) {

        public Period {
            if (from == null || to == null) {
                throw new InvalidInputException("stats.period-required", from == null ? "from" : "to");
            }
            if (to.isBefore(from)) {
                throw new InvalidInputException("stats.period-reversed", "to");
            }
            field = Texts.blankToNull(field);
            procedure = Texts.blankToNull(procedure);
        }

        /**
         * The dates given, or those of a reporting period's code ({@code 2026-11}, {@code 2026Q4C}: see
         * {@link ReportingPeriod}); not both, which could disagree.
         */
        public static Period of(LocalDate from, LocalDate to, String period, String field, String procedure) {
            if (period == null || period.isBlank()) {
                return new Period(from, to, field, procedure);
            }
            if (from != null || to != null) {
                throw new InvalidInputException("stats.period-or-dates", from != null ? "from" : "to");
            }
            ReportingPeriod p = ReportingPeriod.parse(period);
            return new Period(p.from(), p.to(), field, procedure);
        }

        /** Whole months without filters: the monthly sums give every figure (V23). */
        boolean fromMonths() {
            return field == null && procedure == null && from.getDayOfMonth() == 1
                    && to.getDayOfMonth() == to.lengthOfMonth();
        }
    }

    public DossierStats ward(Ward ward, Period period) {
        return total(List.of(ward.id().value()), period);
    }

    /**
     * The sum over the province's wards: each dossier belongs to one ward, so nothing counts twice. Whole
     * months without filters come from the monthly sums (milliseconds for a million dossiers).
     */
    public DossierStats province(Province province, Period period) {
        List<Long> ids = wards.inProvince(province).stream().map(w -> w.id().value()).toList();
        if (period.fromMonths()) {
            return months.counts(ids, period.from(), period.to().withDayOfMonth(1), false).stream().findFirst()
                    .map(StatsCalculator::stats).orElseGet(StatsCalculator::empty);
        }
        return total(ids, period);
    }

    /**
     * The figures of each ward of the province (key: ward code, every ward present) for the period: for
     * whole months without filters from the monthly sums, otherwise one aggregate over the dossiers grouped
     * by ward (the two agree: DossierMonthStatsTest). The province view and the 766 ranking read here.
     */
    public Map<String, DossierStats> byWard(Province province, Period period) {
        List<Ward> inProvince = wards.inProvince(province);
        Map<String, DossierStats> found = new java.util.HashMap<>();
        List<Long> ids = inProvince.stream().map(w -> w.id().value()).toList();
        for (DossierCounts c : period.fromMonths()
                ? months.counts(ids, period.from(), period.to().withDayOfMonth(1), true)
                : repository.counts(ids, period.from(), period.to(), period.field(), period.procedure(),
                        GroupBy.WARD)) {
            found.put(c.groupKey(), StatsCalculator.stats(c));
        }
        Map<String, DossierStats> result = new LinkedHashMap<>();
        for (Ward w : inProvince) {
            result.put(w.code(), found.getOrDefault(String.valueOf(w.id().value()), StatsCalculator.empty()));
        }
        return result;
    }

    /** The figures of each month of the period (the first and last month cut to the period). */
    public Map<YearMonth, DossierStats> byMonth(Ward ward, Period period) {
        List<Long> ids = List.of(ward.id().value());
        Map<YearMonth, DossierStats> months = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            LocalDate from = m.atDay(1).isBefore(period.from()) ? period.from() : m.atDay(1);
            LocalDate to = m.atEndOfMonth().isAfter(period.to()) ? period.to() : m.atEndOfMonth();
            months.put(m, total(ids, new Period(from, to, period.field(), period.procedure())));
        }
        return months;
    }

    /** One row per field (lĩnh vực) or per procedure, as the reports' appendix IV breaks them down. */
    public List<Breakdown> breakdown(Ward ward, Period period, boolean byProcedure) {
        List<Breakdown> rows = new ArrayList<>();
        for (DossierCounts c : repository.counts(List.of(ward.id().value()), period.from(), period.to(),
                period.field(), period.procedure(), byProcedure ? GroupBy.PROCEDURE : GroupBy.FIELD)) {
            rows.add(new Breakdown(c.groupKey(), StatsCalculator.stats(c)));
        }
        return rows;
    }

    public record Breakdown(String key, DossierStats stats) {
    }

    /** A page of the dossiers behind one figure (its name as in {@link DossierStats}), 100 a page. */
    public record DossierList(String figure, List<DossierRow> rows, long total, int page) {
    }

    public DossierList dossiers(Ward ward, Period period, String figure, int page) {
        Figure chosen;
        try {
            chosen = Figure.valueOf(figure);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("stats.unknown-figure", "figure", figure);
        }
        long id = ward.id().value();
        int at = Math.max(0, page);
        return new DossierList(figure, list.list(id, period.from(), period.to(), period.field(), period.procedure(),
                chosen, 100, at * 100L), list.count(id, period.from(), period.to(), period.field(),
                period.procedure(), chosen), at);
    }

    private DossierStats total(List<Long> wardIds, Period period) {
        return repository.counts(wardIds, period.from(), period.to(), period.field(), period.procedure(), GroupBy.NONE)
                .stream().findFirst().map(StatsCalculator::stats).orElseGet(StatsCalculator::empty);
    }
}
