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
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.database.RevisionMemo;
import vn.ward57.common.database.WardRevisions;
import vn.ward57.dossier.DossierMonths;
import vn.ward57.dossier.DossierStats;
import vn.ward57.dossier.ServiceIndexEstimate;
import vn.ward57.indicator.FormCompleteness;
import vn.ward57.indicator.IndicatorStatuses;
import vn.ward57.indicator.ReportForm;
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
 * one per ward); the forms and RED indicators are asked ward by ward, and kept per ward until that
 * ward's data changes, so that a change in one ward does not make the other ninety-nine compute again.
 */
@Service
@Transactional(readOnly = true)
class ProvinceFigures {

    /** What one ward's row needs from its forms and indicator values. */
    private record FormsAndRed(long expected, long submitted, long red) {
    }

    private final WardService wards;
    private final ProvinceService provinces;
    private final DossierMonths months;
    private final TaskStatsService tasks;
    private final FormCompleteness forms;
    private final IndicatorStatuses indicators;
    private final WardRevisions revisions;
    private final RevisionMemo<String, FormsAndRed> wardForms = new RevisionMemo<>();

    ProvinceFigures(WardService wards, ProvinceService provinces, DossierMonths months, TaskStatsService tasks, FormCompleteness forms,
                    IndicatorStatuses indicators, WardRevisions revisions) {
        this.revisions = revisions;
        this.wards = wards;
        this.provinces = provinces;
        this.months = months;
        this.tasks = tasks;
        this.forms = forms;
        this.indicators = indicators;
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
        for (DossierMonths.Month m : months.provinceByMonth(provinceCode, first, until)) {
            DossierMonths.Totals t = m.totals();
            points.add(new MonthPoint(m.month(), t.newOnline(), t.newInPerson(), t.newPostal(), t.resolved(),
                    t.onTimeRate()));
        }
        Map<String, DossierMonths.Totals> perWard = months.province(provinceCode, first, until);
        Map<String, List<ServiceIndexEstimate.Part>> scores = months.serviceIndex(provinceCode, first, until);
        Map<String, TaskStats> lights = tasks.province(provinceCode, today).stream()
                .collect(Collectors.toMap(TaskStatsService.Row::key, TaskStatsService.Row::stats));

        List<WardRow> rows = new ArrayList<>();
        for (Ward w : inProvince) {
            DossierMonths.Totals d = perWard.get(w.code());
            FormsAndRed f = wardForms.get(w.code(), List.of(wardRevisions.getOrDefault(w.code(), 0L), formsPeriod, today),
                    () -> formsAndRed(w.code(), formsPeriod));
            BigDecimal score = scores.get(w.code()).stream().map(ServiceIndexEstimate.Part::score).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
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
        return new ProvinceDashboard(province.code(), province.name(), year, to, formsPeriod, ranked, points,
                new ProvinceDashboard.Totals(received, newOnline, resolved, Rates.percent(newOnline, received),
                        Rates.percent(timely, resolved)),
                scoreParts());
    }

    private FormsAndRed formsAndRed(String wardCode, String formsPeriod) {
        List<ReportForm.Completeness> owed = forms.of(wardCode, formsPeriod);
        return new FormsAndRed(owed.stream().mapToLong(ReportForm.Completeness::expected).sum(),
                owed.stream().mapToLong(ReportForm.Completeness::submitted).sum(), indicators.red(wardCode, formsPeriod));
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

    /** The parts of the estimate and their formulas, as {@link ServiceIndexEstimate} computes them. */
    private static List<ScorePart> scoreParts() {
        DossierStats none = new DossierStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null, null, null);
        return ServiceIndexEstimate.of(none, new vn.ward57.dossier.ProcedureCounts(0, 0, 0, 0, 0, 0, 0, 0), 0, 0).stream()
                .map(p -> new ScorePart(p.nameKey(), p.formulaKey(), p.max())).toList();
    }
}
