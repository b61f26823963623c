package vn.ward57.initiative.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.initiative.domain.Calls;
import vn.ward57.initiative.Conflict;
import vn.ward57.initiative.CouncilMember;
import vn.ward57.initiative.domain.CouncilService;
import vn.ward57.initiative.Criterion;
import vn.ward57.initiative.InitiativeCall;
import vn.ward57.initiative.InitiativeResult;
import vn.ward57.initiative.domain.Minutes;
import vn.ward57.initiative.domain.ResultService;
import vn.ward57.initiative.Score;
import vn.ward57.initiative.domain.ScoringService;
import vn.ward57.common.web.RegisterApi;
import vn.ward57.org.Ward;

/** The year's call and its council: rubric, members, closing, sign-off, result and minutes. */
@RestController
@Tag(name = "Hội đồng xét duyệt sáng kiến", description = "Initiative calls, the council, its scores and result")
class CallApiController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Calls calls;
    private final CouncilService council;
    private final ScoringService scoring;
    private final ResultService results;
    private final Minutes minutes;

    CallApiController(Calls calls, CouncilService council, ScoringService scoring, ResultService results,
                      Minutes minutes) {
        this.calls = calls;
        this.council = council;
        this.scoring = scoring;
        this.results = results;
        this.minutes = minutes;
    }

    private static final String CALLS = "/api/v1/wards/{wardCode}/initiative-calls";
    private static final String CALL = CALLS + "/{callId}";

    @GetMapping(CALLS)
    List<InitiativeCall> list(Ward ward) {
        return calls.list(ward);
    }

    @PostMapping(CALLS)
    ResponseEntity<InitiativeCall> create(Ward ward, @RequestBody InitiativeCall.Form form) {
        InitiativeCall created = calls.create(ward, form);
        return RegisterApi.created(created.id(), created);
    }

    @GetMapping(CALL)
    InitiativeCall get(Ward ward, @PathVariable long callId) {
        return calls.get(ward, callId);
    }

    @PutMapping(CALL)
    InitiativeCall update(Ward ward, @PathVariable long callId,
                          @RequestBody InitiativeCall.Form form) {
        return calls.update(ward, callId, form);
    }

    @GetMapping(CALL + "/criteria")
    List<Criterion> criteria(Ward ward, @PathVariable long callId) {
        return council.criteria(ward, callId);
    }

    /** Replaces the rubric (before the first score). */
    @PutMapping(CALL + "/criteria")
    List<Criterion> setCriteria(Ward ward, @PathVariable long callId,
                                @RequestBody(required = false) Criterion.Rubric rubric) {
        return council.setCriteria(ward, callId, rubric == null ? null : rubric.criteria());
    }

    @GetMapping(CALL + "/members")
    List<CouncilMember> members(Ward ward, @PathVariable long callId) {
        return council.members(ward, callId);
    }

    @PostMapping(CALL + "/members")
    ResponseEntity<CouncilMember> addMember(Ward ward, @PathVariable long callId,
                                            @RequestBody CouncilMember.Form form) {
        return ResponseEntity.status(201).body(council.addMember(ward, callId, form));
    }

    @DeleteMapping(CALL + "/members/{username}")
    ResponseEntity<Void> removeMember(Ward ward, @PathVariable long callId,
                                      @PathVariable String username) {
        council.removeMember(ward, callId, username);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(CALL + "/conflicts")
    List<Conflict> conflicts(Ward ward, @PathVariable long callId) {
        return scoring.conflicts(ward, callId);
    }

    /** The scores the caller may see: their own while scoring is open, everyone's after closing. */
    @GetMapping(CALL + "/scores")
    List<Score> scores(Ward ward, @PathVariable long callId) {
        return scoring.scores(ward, callId);
    }

    @PostMapping(CALL + "/close")
    InitiativeCall close(Ward ward, @PathVariable long callId) {
        return calls.close(ward, callId);
    }

    @PostMapping(CALL + "/sign")
    InitiativeCall sign(Ward ward, @PathVariable long callId) {
        return calls.sign(ward, callId);
    }

    @GetMapping(CALL + "/results")
    List<InitiativeResult> results(Ward ward, @PathVariable long callId) {
        return results.results(ward, callId);
    }

    @GetMapping(CALL + "/minutes.docx")
    ResponseEntity<byte[]> minutes(Ward ward, @PathVariable long callId) {
        return docx(minutes.docx(ward, callId), calls.get(ward, callId).year());
    }

    static ResponseEntity<byte[]> docx(byte[] bytes, int year) {
        return ResponseEntity.ok().contentType(DOCX).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(Minutes.fileName(year)).build().toString()).body(bytes);
    }
}
