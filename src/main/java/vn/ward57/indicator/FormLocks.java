package vn.ward57.indicator;

import org.springframework.stereotype.Component;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.indicator.domain.ReportFormRepository;
import vn.ward57.org.Ward;

/**
 * Whether a unit's form of a period takes values: not once submitted (until returned) or approved.
 * The first value saved makes the form a draft.
 */
@Component
class FormLocks {

    private final ReportFormRepository forms;

    FormLocks(ReportFormRepository forms) {
        this.forms = forms;
    }

    void openForEntry(Ward ward, long unitId, String unitCode, String period) {
        var form = forms.find(unitId, period);
        String status = form.map(ReportFormRepository.FormRow::status).orElse(null);
        if ("SUBMITTED".equals(status) || "APPROVED".equals(status)) {
            throw new ConflictException("form.locked", "period", unitCode, period);
        }
        if (status == null) {
            forms.save(ward.id().value(), unitId, period, "DRAFT", false, CurrentActor.name());
        }
    }
}
