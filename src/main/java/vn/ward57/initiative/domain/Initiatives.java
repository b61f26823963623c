package vn.ward57.initiative.domain;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.files.OfficeFiles;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.initiative.Initiative;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Unit;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/**
 * The initiatives submitted to a call, with their attachments; changed only while scoring is open. An
 * initiative of a unit is that unit's (an officer limited to a unit submits and changes its own unit's);
 * one of no unit is the whole ward's.
 */
@Service
@Transactional(readOnly = true)
public class Initiatives {

    private final WardAccess access;
    private final Calls calls;
    private final InitiativeRepository initiatives;
    private final OrgLookup org;
    private final OfficeFiles officeFiles;
    private final ApplicationEventPublisher events;

    Initiatives(WardAccess access, Calls calls, InitiativeRepository initiatives, OrgLookup org,
                OfficeFiles officeFiles, ApplicationEventPublisher events) {
        this.access = access;
        this.calls = calls;
        this.initiatives = initiatives;
        this.org = org;
        this.officeFiles = officeFiles;
        this.events = events;
    }

    /** The call's initiatives; q searches code, title and authors. */
    public List<Initiative> list(Ward ward, long callId, String q) {
        calls.scope(ward, callId);
        return initiatives.findByCall(callId, q).stream().map(r -> r.initiative(ward.code(), List.of())).toList();
    }

    /** Initiatives of the ward submitted in [from, to], both days included. */
    public long submitted(Ward ward, LocalDate from, LocalDate to) {
        return initiatives.submitted(ward.id().value(), from, to);
    }

    public Initiative get(Ward ward, long initiativeId) {
        return row(ward, initiativeId).initiative(ward.code(), initiatives.files(initiativeId));
    }

    InitiativeRepository.Row row(Ward ward, long initiativeId) {
        return initiatives.find(ward.id().value(), initiativeId).orElseThrow(
                () -> new NotFoundException("initiative.not-found", null, String.valueOf(initiativeId)));
    }

    @Transactional
    @PreAuthorize("@access.editUnit(#ward, #form?.unitCode())")
    public Initiative create(Ward ward, long callId, Initiative.Form form) {
        var s = calls.locked(ward, callId);
        Calls.requireOpen(s.call());
        Long unitId = check(ward, callId, form, null);
        long id = initiatives.insert(s.wardId(), callId, form, unitId);
        Initiative created = get(ward, id);
        events.publishEvent(ChangeRecorded.created("initiative", String.valueOf(id), ward.provinceId(),
                s.wardId(), created));
        return created;
    }

    /** The unit it moves to is checked by the annotation, the one it belongs to now after loading it. */
    @Transactional
    @PreAuthorize("@access.editUnit(#ward, #form?.unitCode())")
    public Initiative update(Ward ward, long initiativeId, Initiative.Form form) {
        Initiative before = openForChange(ward, initiativeId);
        Long unitId = check(ward, before.callId(), form, initiativeId);
        initiatives.update(initiativeId, form, unitId);
        Initiative after = get(ward, initiativeId);
        events.publishEvent(ChangeRecorded.updated("initiative", String.valueOf(initiativeId), ward, before, after));
        return after;
    }

    /** Deletes an initiative with its files, conflicts and scores, while scoring is open. */
    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public void delete(Ward ward, long initiativeId) {
        Initiative before = openForChange(ward, initiativeId);
        initiatives.delete(initiativeId);
        events.publishEvent(ChangeRecorded.deleted("initiative", String.valueOf(initiativeId), ward, before));
    }

    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public Initiative.FileInfo attach(Ward ward, long initiativeId, String fileName, InputStream content) {
        openForChange(ward, initiativeId);
        if (content == null) {
            throw new InvalidInputException("attachment.empty", "file", OfficeFiles.name(fileName));
        }
        OfficeFiles.Upload file = officeFiles.evidence(fileName, content, "file");
        long id = initiatives.insertFile(ward.id().value(), initiativeId, file.name(), file.contentType(),
                file.bytes(), file.sha256(), CurrentActor.name());
        var info = new Initiative.FileInfo(id, file.name(), file.contentType(), file.bytes().length, file.sha256());
        events.publishEvent(ChangeRecorded.created("initiative_file", String.valueOf(id), ward, info));
        return info;
    }

    public Initiative.StoredFile file(Ward ward, long initiativeId, long fileId) {
        row(ward, initiativeId);
        return initiatives.file(initiativeId, fileId)
                .orElseThrow(() -> new NotFoundException("initiative.file-not-found", null, String.valueOf(fileId)));
    }

    /** The initiative, after checking the user may edit its unit's data and its call is still open (locked). */
    private Initiative openForChange(Ward ward, long initiativeId) {
        var row = row(ward, initiativeId);
        access.editUnit(ward, row.unitCode());
        Calls.requireOpen(calls.locked(ward, row.callId()).call());
        return get(ward, initiativeId);
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
        if (f.unitCode() == null) {
            return null;
        }
        return org.unit(ward.id(), f.unitCode()).map(Unit::id).map(u -> u.value())
                .orElseThrow(() -> new InvalidInputException("initiative.unit-unknown", "unitCode", f.unitCode()));
    }
}
