package vn.ward57.overview;

import java.time.LocalDate;
import java.util.List;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import vn.ward57.indicator.FormCompleteness;
import vn.ward57.indicator.IndicatorStatuses;
import vn.ward57.indicator.ReportForm;
import vn.ward57.org.Ward;

/**
 * What one ward's row of the province view needs from its forms and indicator values: asked ward by
 * ward (a hundred queries for a province), so cached per ward and revision, and a change in one ward
 * leaves the other wards' counts as they were.
 */
@Service
class WardForms {

    /** The month's forms expected and submitted, and the RED indicators as of that month. */
    record Counts(long expected, long submitted, long red) {
    }

    private final FormCompleteness forms;
    private final IndicatorStatuses indicators;

    WardForms(FormCompleteness forms, IndicatorStatuses indicators) {
        this.forms = forms;
        this.indicators = indicators;
    }

    /** The counts of {@code formsPeriod} at the ward's {@code revision} as of {@code today} (all three are the key). */
    @Cacheable(cacheNames = "province-ward-forms", sync = true)
    Counts of(Ward ward, long revision, String formsPeriod, LocalDate today) {
        List<ReportForm.Completeness> owed = forms.of(ward, formsPeriod);
        return new Counts(owed.stream().mapToLong(ReportForm.Completeness::expected).sum(),
                owed.stream().mapToLong(ReportForm.Completeness::submitted).sum(),
                indicators.count(ward, formsPeriod).red());
    }
}
