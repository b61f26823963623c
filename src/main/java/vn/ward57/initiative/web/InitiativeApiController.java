package vn.ward57.initiative.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.common.web.Uploads;
import vn.ward57.initiative.Conflict;
import vn.ward57.initiative.Initiative;
import vn.ward57.initiative.Score;
import vn.ward57.initiative.domain.Initiatives;
import vn.ward57.initiative.domain.ScoringService;
import vn.ward57.org.Ward;
import vn.ward57.common.web.Downloads;

/** Initiatives of a call (CRUD, files), and the current member's scores and conflict declarations. */
@RestController
@Tag(name = "Sáng kiến", description = "Initiatives submitted to a call, their files and the member's own scores")
class InitiativeApiController {

    private final Initiatives initiatives;
    private final ScoringService scoring;

    InitiativeApiController(Initiatives initiatives, ScoringService scoring) {
        this.initiatives = initiatives;
        this.scoring = scoring;
    }

    private static final String ONE = "/api/v1/wards/{wardCode}/initiatives/{initiativeId}";

    @GetMapping("/api/v1/wards/{wardCode}/initiative-calls/{callId}/initiatives")
    List<Initiative> list(Ward ward, @PathVariable long callId,
                          @RequestParam(required = false) String q) {
        return initiatives.list(ward, callId, q);
    }

    @PostMapping("/api/v1/wards/{wardCode}/initiative-calls/{callId}/initiatives")
    ResponseEntity<Initiative> create(Ward ward, @PathVariable long callId,
                                      @RequestBody Initiative.Form form) {
        Initiative created = initiatives.create(ward, callId, form);
        return ResponseEntity.created(URI.create("/api/v1/wards/" + ward.code() + "/initiatives/" + created.id()))
                .body(created);
    }

    @GetMapping(ONE)
    Initiative get(Ward ward, @PathVariable long initiativeId) {
        return initiatives.get(ward, initiativeId);
    }

    @PutMapping(ONE)
    Initiative update(Ward ward, @PathVariable long initiativeId,
                      @RequestBody Initiative.Form form) {
        return initiatives.update(ward, initiativeId, form);
    }

    @DeleteMapping(ONE)
    ResponseEntity<Void> delete(Ward ward, @PathVariable long initiativeId) {
        initiatives.delete(ward, initiativeId);
        return ResponseEntity.noContent().build();
    }

    /** Attaches a file (multipart field {@code file}); the ward is checked before the file is read. */
    @PostMapping(ONE + "/files")
    ResponseEntity<Initiative.FileInfo> attach(Ward ward, @PathVariable long initiativeId,
                                               @RequestParam(required = false) MultipartFile file) throws IOException {
        return ResponseEntity.status(201).body(initiatives.attach(ward, initiativeId, Uploads.name(file),
                file == null ? null : file.getInputStream()));
    }

    @GetMapping(ONE + "/files/{fileId}")
    ResponseEntity<byte[]> file(Ward ward, @PathVariable long initiativeId, @PathVariable long fileId) {
        return download(initiatives.file(ward, initiativeId, fileId));
    }

    /** A kept file under its own name (the page serves it the same way). */
    static ResponseEntity<byte[]> download(Initiative.StoredFile f) {
        return Downloads.keptFile(f.name(), f.contentType()).body(f.content());
    }

    /** The current member's own scores of this initiative. */
    @GetMapping(ONE + "/scores")
    List<Score> myScores(Ward ward, @PathVariable long initiativeId) {
        return scoring.myScores(ward, initiativeId);
    }

    /** The current member scores this initiative: every criterion of the rubric at once. */
    @PutMapping(ONE + "/scores")
    List<Score> score(Ward ward, @PathVariable long initiativeId,
                      @RequestBody(required = false) Score.Sheet sheet) {
        return scoring.score(ward, initiativeId, sheet);
    }

    /** The current member declares a conflict of interest and will not score this initiative. */
    @PostMapping(ONE + "/conflicts")
    ResponseEntity<Conflict> declare(Ward ward, @PathVariable long initiativeId,
                                     @RequestBody(required = false) Conflict.Form form) {
        return ResponseEntity.status(201).body(scoring.declare(ward, initiativeId, form));
    }
}
