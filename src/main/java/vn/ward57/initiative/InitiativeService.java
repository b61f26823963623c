package vn.ward57.initiative;

import java.io.InputStream;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.files.OfficeFiles;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.initiative.domain.InitiativeRepository;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Unit;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/** The initiatives submitted to a call, with their attachments; changed only while scoring is open. */
@Service
@Transactional(readOnly = true)
public class InitiativeService {

    private final WardService wards;
    private final CallService calls;
    private final InitiativeRepository initiatives;
    private final OrgLookup org;
    private final OfficeFiles officeFiles;
    private final ApplicationEventPublisher events;

    InitiativeService(WardService wards, CallService calls, InitiativeRepository initiatives, OrgLookup org,
                      OfficeFiles officeFiles, ApplicationEventPublisher events) {
        this.wards = wards;
        this.calls = calls;
        this.initiatives = initiatives;
        this.org = org;
        this.officeFiles = officeFiles;
        this.events = events;
    }

    /** The call's initiatives; q searches code, title and authors. */
    public List<Initiative> list(String wardCode, long callId, String q) {
        var s = calls.scope(wardCode, callId);
        return initiatives.findByCall(callId, q).stream().map(r -> r.initiative(s.ward().code(), List.of())).toList();
    }

    public Initiative get(String wardCode, long initiativeId) {
        Ward ward = wards.get(wardCode);
        return row(ward, initiativeId).initiative(ward.code(), initiatives.files(initiativeId));
    }

    InitiativeRepository.Row row(Ward ward, long initiativeId) {
        return initiatives.find(ward.id().value(), initiativeId).orElseThrow(
                () -> new NotFoundException("initiative.not-found", null, String.valueOf(initiativeId)));
    }

    @Transactional
    public Initiative create(String wardCode, long callId, Initiative.Form form) {
        var s = calls.locked(wardCode, callId);
        CurrentActor.requireEnterData(s.ward().provinceCode(), s.ward().code());
        CallService.requireOpen(s.call());
        Long unitId = check(s.ward(), callId, form, null);
        long id = initiatives.insert(s.wardId(), callId, form, unitId);
        Initiative created = get(wardCode, id);
        events.publishEvent(ChangeRecorded.created("initiative", String.valueOf(id), s.ward().provinceId(),
                s.wardId(), created));
        return created;
    }

    @Transactional
    public Initiative update(String wardCode, long initiativeId, Initiative.Form form) {
        Initiative before = openForChange(wardCode, initiativeId);
        Ward ward = wards.get(wardCode);
        Long unitId = check(ward, before.callId(), form, initiativeId);
        initiatives.update(initiativeId, form, unitId);
        Initiative after = get(wardCode, initiativeId);
        events.publishEvent(ChangeRecorded.updated("initiative", String.valueOf(initiativeId), ward.provinceId(),
                ward.id().value(), before, after));
        return after;
    }

    /** Deletes an initiative with its files, conflicts and scores, while scoring is open. */
    @Transactional
    public void delete(String wardCode, long initiativeId) {
        Initiative before = openForChange(wardCode, initiativeId);
        initiatives.delete(initiativeId);
        Ward ward = wards.get(wardCode);
        events.publishEvent(ChangeRecorded.deleted("initiative", String.valueOf(initiativeId), ward.provinceId(),
                ward.id().value(), before));
    }

    @Transactional
    public Initiative.FileInfo attach(String wardCode, long initiativeId, String fileName, InputStream content) {
        openForChange(wardCode, initiativeId);
        Ward ward = wards.get(wardCode);
        if (content == null) {
            throw new InvalidInputException("attachment.empty", "file", OfficeFiles.name(fileName));
        }
        OfficeFiles.Upload file = officeFiles.evidence(fileName, content, "file");
        long id = initiatives.insertFile(ward.id().value(), initiativeId, file.name(), file.contentType(),
                file.bytes(), file.sha256(), CurrentActor.name());
        var info = new Initiative.FileInfo(id, file.name(), file.contentType(), file.bytes().length, file.sha256());
        events.publishEvent(ChangeRecorded.created("initiative_file", String.valueOf(id), ward.provinceId(),
                ward.id().value(), info));
        return info;
    }

    public InitiativeRepository.StoredFile file(String wardCode, long initiativeId, long fileId) {
        Ward ward = wards.get(wardCode);
        row(ward, initiativeId);
        return initiatives.file(initiativeId, fileId)
                .orElseThrow(() -> new NotFoundException("initiative.file-not-found", null, String.valueOf(fileId)));
    }

    /** The initiative, after checking the user may enter data and its call is still open (locked). */
    private Initiative openForChange(String wardCode, long initiativeId) {
        Ward ward = wards.get(wardCode);
        CurrentActor.requireEnterData(ward.provinceCode(), ward.code());
        var row = row(ward, initiativeId);
        CallService.requireOpen(calls.locked(wardCode, row.callId()).call());
        return get(wardCode, initiativeId);
    }

    private Long check(Ward ward, long callId, Initiative.Form f, Long exceptId) {
        if (f.code() == null || f.code().isBlank() || f.code().strip().length() > 50) {
            throw new InvalidInputException("initiative.code-required", "code");
        }
        if (f.title() == null || f.title().isBlank()) {
            throw new InvalidInputException("initiative.title-required", "title");
        }
        if (f.authors() == null || f.authors().isBlank()) {
            throw new InvalidInputException("initiative.authors-required", "authors");
        }
        if (f.submittedOn() == null) {
            throw new InvalidInputException("initiative.submitted-required", "submittedOn");
        }
        if (initiatives.codeTaken(callId, f.code().strip(), exceptId)) {
            throw new ConflictException("initiative.code-taken", "code", f.code().strip());
        }
        if (f.unitCode() == null || f.unitCode().isBlank()) {
            return null;
        }
        return org.unit(ward.id(), f.unitCode().strip()).map(Unit::id).map(u -> u.value())
                .orElseThrow(() -> new InvalidInputException("initiative.unit-unknown", "unitCode", f.unitCode()));
    }
}
