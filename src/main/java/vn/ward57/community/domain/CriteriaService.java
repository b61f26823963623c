package vn.ward57.community.domain;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.database.VersionedRecords;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.community.Criterion;
import vn.ward57.org.Ward;

/** The ward's "Tổ dân phố số" checklist, kept by those who manage the ward's organisation (not a unit officer). */
@Service
@Transactional(readOnly = true)
public class CriteriaService {

    private final CriterionRepository criteria;
    private final VersionedRecords.Kind<Criterion> records;

    CriteriaService(CriterionRepository criteria, VersionedRecords versioned) {
        this.criteria = criteria;
        this.records = versioned.unversioned("digital_group_criterion");
    }

    /** All criteria, inactive ones too, in the checklist's order. */
    public List<Criterion> list(Ward ward) {
        return criteria.ofWard(ward.id().value(), false);
    }

    @Transactional
    @PreAuthorize("@access.manage(#ward)")
    public Criterion create(Ward ward, Criterion.Form form) {
        Criterion c = values(form);
        if (criteria.findByCode(ward.id().value(), c.code()).isPresent()) {
            throw new ConflictException("community.criterion-duplicate", "code", c.code());
        }
        long id = criteria.insert(ward.id().value(), c.code(), c.name(), c.sortOrder(), c.active());
        return records.created(ward, ward.code() + "/" + c.code(),
                criteria.find(ward.id().value(), id).orElseThrow());
    }

    @Transactional
    @PreAuthorize("@access.manage(#ward)")
    public Criterion update(Ward ward, long criterionId, Criterion.Form form) {
        Criterion before = criterion(ward, criterionId);
        Criterion c = values(form);
        var same = criteria.findByCode(ward.id().value(), c.code());
        if (same.isPresent() && same.get().id() != criterionId) {
            throw new ConflictException("community.criterion-duplicate", "code", c.code());
        }
        criteria.update(criterionId, c.code(), c.name(), c.sortOrder(), c.active());
        return records.updated(ward, ward.code() + "/" + c.code(), before,
                criteria.find(ward.id().value(), criterionId).orElseThrow());
    }

    /** Only a criterion never answered; one that was is made inactive instead, keeping past assessments. */
    @Transactional
    @PreAuthorize("@access.manage(#ward)")
    public void delete(Ward ward, long criterionId) {
        Criterion c = criterion(ward, criterionId);
        if (criteria.answers(criterionId) > 0) {
            throw new ConflictException("community.criterion-answered", null, c.code());
        }
        criteria.delete(criterionId);
        records.deleted(ward, ward.code() + "/" + c.code(), c);
    }

    private Criterion criterion(Ward ward, long criterionId) {
        return criteria.find(ward.id().value(), criterionId).orElseThrow(
                () -> new NotFoundException("community.criterion-not-found", null, String.valueOf(criterionId)));
    }

    private static Criterion values(Criterion.Form form) {
        String code = Input.text(form.code(), "code", 50, true);
        if (!code.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new InvalidInputException("community.bad-code", "code", code);
        }
        String name = Input.text(form.name(), "name", 500, true);
        return new Criterion(0, code, name, form.sortOrder() == null ? 0 : form.sortOrder(),
                !Boolean.FALSE.equals(form.active()));
    }
}
