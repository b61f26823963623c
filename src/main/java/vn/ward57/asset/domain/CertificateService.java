package vn.ward57.asset.domain;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.asset.CertificateAction;
import vn.ward57.asset.CertificateFilter;
import vn.ward57.asset.CertificateForm;
import vn.ward57.asset.CertificateHolder;
import vn.ward57.asset.CertificateIssue;
import vn.ward57.asset.CertificateKind;
import vn.ward57.asset.Labelled;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.WardTime;
import vn.ward57.common.database.VersionedRecords;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.org.Ward;

/**
 * The register of certificates and official e-mail accounts issued by the ward: its lines belong to no unit, so
 * it is kept by the ward's officers not limited to a unit, its leaders and the province's admins.
 */
@Service
@Transactional(readOnly = true)
public class CertificateService {

    private final CertificateRepository issues;
    private final VersionedRecords.Kind<CertificateIssue> records;

    CertificateService(CertificateRepository issues, VersionedRecords versioned) {
        this.issues = issues;
        this.records = versioned.of("certificate_issue", CertificateIssue::version);
    }

    public List<CertificateIssue> list(Ward ward, CertificateFilter filter) {
        return issues.list(ward.id().value(), repositoryFilter(filter)).stream().map(r -> describe(r, ward)).toList();
    }

    public CertificateIssue get(Ward ward, long id) {
        return find(ward, id);
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public CertificateIssue create(Ward ward, CertificateForm form) {
        long id = issues.insert(ward.id().value(), checked(form));
        return records.created(ward, id, find(ward, id));
    }

    /** version: the one the person read (null: any); a line changed since is refused (409, who and when). */
    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public CertificateIssue update(Ward ward, long id, CertificateForm form, Long version) {
        CertificateIssue before = locked(ward, id, version);
        records.written(id, issues.update(id, before.version(), checked(form)));
        return records.updated(ward, id, before, find(ward, id));
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public CertificateIssue delete(Ward ward, long id, Long version) {
        CertificateIssue before = locked(ward, id, version);
        records.written(id, issues.delete(id, before.version()));
        return records.deleted(ward, id, before);
    }

    private static CertificateRepository.Values checked(CertificateForm form) {
        if (form == null) {
            throw new InvalidInputException("certificate.date-required", "issuedOn");
        }
        CertificateRules.Checked checked = CertificateRules.check(form, WardTime.today());
        if (!checked.faults().isEmpty()) {
            throw checked.faults().getFirst().exception();
        }
        return checked.values();
    }

    /** The line as it stands, its row locked until the change commits, if the person read this version. */
    private CertificateIssue locked(Ward ward, long id, Long version) {
        issues.lock(ward.id().value(), id);
        return records.checked(id, version, find(ward, id));
    }

    private CertificateIssue find(Ward ward, long id) {
        return issues.find(ward.id().value(), id).map(r -> describe(r, ward))
                .orElseThrow(() -> new NotFoundException("certificate.not-found", null, String.valueOf(id), ward.name()));
    }

    static CertificateRepository.Filter repositoryFilter(CertificateFilter f) {
        if (f == null) {
            return new CertificateRepository.Filter(null, null, null, null, null, null);
        }
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw new InvalidInputException("certificate.period-reversed", "to", VietnameseFormat.date(f.from()),
                    VietnameseFormat.date(f.to()));
        }
        return new CertificateRepository.Filter(f.from(), f.to(), code(f.kind(), "kind", CertificateKind.class),
                code(f.holder(), "holder", CertificateHolder.class), code(f.action(), "action", CertificateAction.class),
                f.q());
    }

    private static <E extends Enum<E> & Labelled> String code(String text, String field, Class<E> type) {
        if (text == null) {
            return null;
        }
        return Choices.find(type, text).orElseThrow(() -> new InvalidInputException("certificate.bad-" + field, field,
                text, Choices.list(type))).name();
    }

    static CertificateIssue describe(CertificateRepository.Row r, Ward ward) {
        return new CertificateIssue(r.id(), ward.code(), r.issuedOn(), CertificateKind.valueOf(r.kind()),
                CertificateHolder.valueOf(r.holder()), CertificateAction.valueOf(r.action()), r.holderName(),
                r.quantity(), r.document(), r.note(), r.version());
    }
}
