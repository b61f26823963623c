package vn.ward57.overview;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.WardTime;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.dossier.DossierMonths;
import vn.ward57.indicator.PublishedValues;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Ward;
import vn.ward57.task.TaskStats;
import vn.ward57.task.TaskStatsService;

/** The open data of a ward, computed from the database on every call (the HTTP cache is the client's). */
@Service
@Transactional(readOnly = true)
public class PublicSummaryService {

    private final OrgLookup org;
    private final DossierMonths months;
    private final TaskStatsService tasks;
    private final PublishedValues published;

    PublicSummaryService(OrgLookup org, DossierMonths months, TaskStatsService tasks, PublishedValues published) {
        this.org = org;
        this.months = months;
        this.tasks = tasks;
        this.published = published;
    }

    public PublicSummary summary(String wardCode, Integer askedYear) {
        Ward ward = org.ward(wardCode).orElseThrow(() -> new NotFoundException("ward.not-found", null, wardCode));
        LocalDate today = WardTime.today();
        int year = askedYear == null ? today.getYear() : askedYear;
        if (year > today.getYear() || year < 2000) {
            throw new InvalidInputException("overview.bad-year", "year", String.valueOf(year));
        }
        LocalDate asOf = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        return PublicAccess.asViewerOf(ward, () -> {
            List<PublicSummary.DossierMonth> dossiers = months.ward(ward, YearMonth.of(year, 1),
                    YearMonth.from(asOf)).stream().map(m -> {
                        DossierMonths.Totals t = m.totals();
                        return new PublicSummary.DossierMonth(m.month().toString(), t.newlyReceived(), t.newOnline(),
                                t.resolved(), t.resolvedEarly() + t.resolvedOnTime(), t.onlineRate(), t.onTimeRate());
                    }).toList();
            TaskStats t = tasks.ward(ward, asOf, TaskStatsService.Scope.all());
            List<PublicSummary.IndicatorValue> values = published.ofYear(ward, year).stream()
                    .map(v -> new PublicSummary.IndicatorValue(v.code(), v.name(), v.unit(), v.period(), v.value(),
                            v.target(), v.targetYear(), v.status())).toList();
            return new PublicSummary(ward.code(), ward.name(), ward.provinceName(), year, asOf, dossiers,
                    new PublicSummary.Tasks(t.assigned(), t.doneOnTime() + t.doneLate(), t.completionRate()), values);
        });
    }
}
