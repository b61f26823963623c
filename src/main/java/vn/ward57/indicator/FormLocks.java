package vn.ward57.indicator;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.WardTime;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.indicator.domain.ReportFormRepository;
import vn.ward57.org.Ward;

/**
 * Whether a unit's form of a period takes values: not once submitted (until returned) or approved,
 * nor after entry has closed (if the ward set a closing) unless the leader returned it.
 * The first value saved makes the form a draft.
 */
@Component
class FormLocks {

    private final ReportFormRepository forms;
    private final ReportSchedules schedules;

    FormLocks(ReportFormRepository forms, ReportSchedules schedules) {
        this.forms = forms;
        this.schedules = schedules;
    }

    /** unitName: as the messages name the unit to the officer. */
    void openForEntry(Ward ward, long unitId, String unitName, ReportingPeriod period) {
        var form = forms.find(unitId, period.code());
        String status = form.map(ReportFormRepository.FormRow::status).orElse(null);
        if ("SUBMITTED".equals(status) || "APPROVED".equals(status)) {
            throw new ConflictException("form.locked", "period", unitName, period);
        }
        // a returned form stays open: the leader asked for the correction
        LocalDate closes = schedules.closes(unitId, period);
        if (closes != null && WardTime.today().isAfter(closes) && !"RETURNED".equals(status)) {
            throw new ConflictException("form.closed", "period", unitName, period,
                    VietnameseFormat.date(closes));
        }
        if (status == null) {
            forms.save(ward.id().value(), unitId, period.code(), "DRAFT", false, CurrentActor.name());
        }
    }
}
