package vn.ward57.indicator;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.indicator.domain.PublishedValueRepository;
import vn.ward57.org.Ward;

/** The indicator values a ward has published (approved or locked), each with its target, for open data. */
@Service
@Transactional(readOnly = true)
public class PublishedValues {

    private final IndicatorValueService values;
    private final PublishedValueRepository published;

    PublishedValues(IndicatorValueService values, PublishedValueRepository published) {
        this.values = values;
        this.published = published;
    }

    /** The year's published values, by period then code; status and target as the indicator pages judge them. */
    public List<IndicatorView> ofYear(Ward ward, int year) {
        return published.ofYear(ward.id().value(), year).stream()
                .map(p -> values.view(ward, p.code(), ReportingPeriod.parseCalendar(p.period()))).toList();
    }
}
