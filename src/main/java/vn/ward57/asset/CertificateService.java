package vn.ward57.asset;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.asset.domain.CertificateRepository;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.WardTime;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.audit.RecordVersions;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/** The register of certificates and official e-mail accounts issued: access to the ward first, then the rules. */
@Service
@Transactional(readOnly = true)
public class CertificateService {

    private final WardService wards;
    private final CertificateRepository issues;
    private final ApplicationEventPublisher events;
    private final RecordVersions versions;

    CertificateService(WardService wards, CertificateRepository issues, ApplicationEventPublisher events,
                       RecordVersions versions) {
        this.versions = versions;
        this.wards = wards;
        this.issues = issues;
        this.events = events;
    }

    public List<CertificateIssue> list(String wardCode, CertificateFilter filter) {
        Ward ward = wards.get(wardCode);
        return issues.list(ward.id().value(), repositoryFilter(filter)).stream().map(r -> describe(r, ward)).toList();
    }

    public CertificateIssue get(String wardCode, long id) {
        return find(wards.get(wardCode), id);
    }

    @Transactional
    public CertificateIssue create(String wardCode, CertificateForm form) {
        Ward ward = writable(wardCode);
        long id = issues.insert(ward.id().value(), checked(form));
        CertificateIssue created = find(ward, id);
        events.publishEvent(ChangeRecorded.created("certificate_issue", String.valueOf(id), ward.provinceId(),
                ward.id().value(), created));
        return created;
    }

    /** version: the one the person read (null: any); a line changed since is refused (409, who and when). */
    @Transactional
    public CertificateIssue update(String wardCode, long id, CertificateForm form, Long version) {
        Ward ward = writable(wardCode);
        CertificateIssue before = locked(ward, id, version);
        if (!issues.update(id, before.version(), checked(form))) {
            throw versions.stale("certificate_issue", String.valueOf(id), null, null);
        }
        CertificateIssue after = find(ward, id);
        events.publishEvent(ChangeRecorded.updated("certificate_issue", String.valueOf(id), ward.provinceId(),
                ward.id().value(), before, after));
        return after;
    }

    @Transactional
    public CertificateIssue delete(String wardCode, long id, Long version) {
        Ward ward = writable(wardCode);
        CertificateIssue before = locked(ward, id, version);
        if (!issues.delete(id, before.version())) {
            throw versions.stale("certificate_issue", String.valueOf(id), null, null);
        }
        events.publishEvent(ChangeRecorded.deleted("certificate_issue", String.valueOf(id), ward.provinceId(),
                ward.id().value(), before));
        return before;
    }

    public boolean canEdit(String wardCode) {
        Ward ward = wards.get(wardCode);
        return CurrentActor.get().canEnterData(ward.provinceCode(), ward.code());
    }

    private Ward writable(String wardCode) {
        Ward ward = wards.get(wardCode);
        CurrentActor.requireEnterData(ward.provinceCode(), ward.code());
        return ward;
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
        CertificateIssue now = find(ward, id);
        versions.check("certificate_issue", String.valueOf(id), version, now.version(), now);
        return now;
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
