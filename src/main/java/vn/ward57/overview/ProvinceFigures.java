package vn.ward57.overview;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.database.WardRevisions;
import vn.ward57.dossier.DossierMonths;
import vn.ward57.dossier.DossierStatsService;
import vn.ward57.dossier.IndexComponent;
import vn.ward57.dossier.ServiceIndex;
import vn.ward57.dossier.ServiceIndexService;
import vn.ward57.indicator.IndicatorStatuses;
import vn.ward57.org.Province;
import vn.ward57.org.ProvinceService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;
import vn.ward57.overview.ProvinceDashboard.MonthPoint;
import vn.ward57.overview.ProvinceDashboard.ScorePart;
import vn.ward57.task.TaskStats;
import vn.ward57.task.TaskStatsService;

/**
 * The province view computed. Dossier figures come from province-wide aggregates (one per month, not
 * one per ward); the forms and RED indicators are asked ward by ward ({@link WardForms}, cached per ward
 * revision), so that a change in one ward does not make the other ninety-nine compute again.
 */
@Service
@Transactional(readOnly = true)
class ProvinceFigures {

    private final WardService wards;
    private final ProvinceService provinces;
    private final DossierMonths months;
    private final TaskStatsService tasks;
    private final WardForms wardForms;
    private final WardRevisions revisions;
    private final ServiceIndexService serviceIndex;

    ProvinceFigures(WardService wards, ProvinceService provinces, DossierMonths months, TaskStatsService tasks,
                    WardForms wardForms, WardRevisions revisions, ServiceIndexService serviceIndex) {
        this.revisions = revisions;
        this.serviceIndex = serviceIndex;
        this.wards = wards;
        this.provinces = provinces;
        this.months = months;
        this.tasks = tasks;
        this.wardForms = wardForms;
    }

    /** The view at this version (its year already checked); cached, as the key holds the province's revision. */
    @Cacheable(cacheNames = "province-views", sync = true)
    ProvinceDashboard dashboard(ProvinceOverview.Version version) {
        return dashboard(version.provinceCode(), version.year(), version.today());
    }

    /** The view of {@code year} (already checked) as of {@code today}. */
    ProvinceDashboard dashboard(String provinceCode, int year, LocalDate today) {
        Map<String, Long> wardRevisions = revisions.ofWardsIn(provinceCode);
        List<Ward> inProvince = wards.inProvince(provinceCode);
        Province province = provinces.get(provinceCode);
        LocalDate to = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        YearMonth last = year == today.getYear() ? YearMonth.from(today).minusMonths(1) : YearMonth.of(year, 12);
        String formsPeriod = last.toString();

        // the monthly sums (kept with every import): a few queries for the province whatever its size
        YearMonth first = YearMonth.of(year, 1);
        YearMonth until = YearMonth.from(to);
        List<MonthPoint> points = new ArrayList<>();
        for (DossierMonths.Month m : months.provinceByMonth(province, first, until)) {
            DossierMonths.Totals t = m.totals();
            points.add(new MonthPoint(m.month(), t.newOnline(), t.newInPerson(), t.newPostal(), t.resolved(),
                    t.onTimeRate()));
        }
        Map<String, DossierMonths.Totals> perWard = months.province(province, first, until);
        Map<String, ServiceIndex> indexes = serviceIndex.province(province,
                new DossierStatsService.Period(first.atDay(1), to, null, null));
        Set<String> common = commonComponents(indexes);
        Map<String, TaskStats> lights = tasks.province(province, today).stream()
                .collect(Collectors.toMap(TaskStatsService.Row::key, TaskStatsService.Row::stats));

        List<WardRow> rows = new ArrayList<>();
        for (Ward w : inProvince) {
            DossierMonths.Totals d = perWard.get(w.code());
            WardForms.Counts f = wardForms.of(w, wardRevisions.getOrDefault(w.code(), 0L), formsPeriod, today);
            BigDecimal score = indexes.get(w.code()).scoreOn(common);
            TaskStats t = lights.get(w.code());
            rows.add(new WardRow(w.code(), w.name(), t == null ? TaskStats.Light.GREEN : t.light(),
                    d.onlineRate(), d.onTimeRate(), Rates.percent(f.submitted(), f.expected()),
                    f.expected(), f.submitted(), f.red(), score, 0));
        }
        List<WardRow> ranked = rank(rows);
        long newOnline = points.stream().mapToLong(MonthPoint::online).sum();
        long received = points.stream().mapToLong(p -> p.online() + p.inPerson() + p.postal()).sum();
        long resolved = points.stream().mapToLong(MonthPoint::resolved).sum();
        long timely = perWard.values().stream().mapToLong(t -> t.resolvedEarly() + t.resolvedOnTime()).sum();
        return new ProvinceDashboard(province.code(), province.name(), year, to, formsPeriod,
                IndicatorStatuses.name(ReportingPeriod.parseCalendar(formsPeriod)), ranked, points,
                new ProvinceDashboard.Totals(received, newOnline, resolved, Rates.percent(newOnline, received),
                        Rates.percent(timely, resolved)),
                scoreParts(common));
    }

    /** Highest score first; equal scores by name in Vietnamese order; ranks 1, 2, 3 … */
    static List<WardRow> rank(List<WardRow> rows) {
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<WardRow> sorted = rows.stream().sorted(Comparator.comparing(WardRow::score).reversed()
                .thenComparing(WardRow::name, vietnamese)).toList();
        List<WardRow> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            WardRow r = sorted.get(i);
            ranked.add(new WardRow(r.code(), r.name(), r.light(), r.onlineRate(), r.onTimeRate(),
                    r.formsCompleteness(), r.formsExpected(), r.formsSubmitted(), r.redIndicators(), r.score(), i + 1));
        }
        return ranked;
    }

    /** The components every ward of the province has a score for (computed or entered): what it ranks on. */
    private static Set<String> commonComponents(Map<String, ServiceIndex> indexes) {
        Set<String> common = null;
        for (ServiceIndex index : indexes.values()) {
            if (common == null) {
                common = new java.util.HashSet<>(index.coveredCodes());
            } else {
                common.retainAll(index.coveredCodes());
            }
        }
        return common == null ? Set.of() : common;
    }

    /** The ranked components in the index's order, with their formulas. */
    private static List<ScorePart> scoreParts(Set<String> common) {
        return java.util.Arrays.stream(IndexComponent.values()).filter(c -> common.contains(c.name()))
                .map(c -> new ScorePart("index766." + c.name() + ".name", "index766." + c.name() + ".formula", c.max()))
                .toList();
    }
}
