package vn.ward57.feedback.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.feedback.Category;
import vn.ward57.feedback.CategoryForm;
import vn.ward57.feedback.Feedback;
import vn.ward57.feedback.FeedbackFilter;
import vn.ward57.feedback.FeedbackForm;
import vn.ward57.feedback.domain.FeedbackPublishing;
import vn.ward57.feedback.domain.FeedbackService;
import vn.ward57.feedback.domain.FeedbackSteps;
import vn.ward57.feedback.FeedbackStats;
import vn.ward57.feedback.FeedbackStatsService;
import vn.ward57.feedback.HistoryEntry;
import vn.ward57.feedback.StateChange;
import org.springframework.web.bind.annotation.RequestHeader;
import vn.ward57.common.web.IfMatch;
import vn.ward57.org.Ward;
import vn.ward57.common.web.Uploads;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}")
@Tag(name = "Phản ánh, kiến nghị", description = "Feedback items, their workflow RECEIVED → ASSIGNED → "
        + "IN_PROGRESS → ANSWERED → CLOSED (or TRANSFERRED) and the 766 figures")
class FeedbackApiController {

    private final FeedbackService feedback;
    private final FeedbackStatsService stats;
    private final FeedbackPublishing publishing;
    private final FeedbackSteps steps;

    FeedbackApiController(FeedbackService feedback, FeedbackStatsService stats, FeedbackPublishing publishing,
                          FeedbackSteps steps) {
        this.feedback = feedback;
        this.steps = steps;
        this.stats = stats;
        this.publishing = publishing;
    }

    @GetMapping("/feedback")
    List<Feedback> list(Ward ward, @RequestParam(required = false) String state,
                        @RequestParam(required = false) String category, @RequestParam(required = false) String unit,
                        @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String q) {
        return feedback.list(ward, new FeedbackFilter(state, category, unit, overdue, q));
    }

    @PostMapping("/feedback")
    ResponseEntity<Feedback> create(Ward ward, @RequestBody(required = false) FeedbackForm form) {
        Feedback created = feedback.create(ward, form);
        return ResponseEntity.created(URI.create("/api/v1/wards/" + ward.code() + "/feedback/" + created.id()))
                .body(created);
    }

    /** The item with its version as ETag: sent back in If-Match, a step on an item changed since is refused. */
    @GetMapping("/feedback/{feedbackId}")
    ResponseEntity<Feedback> get(Ward ward, @PathVariable long feedbackId) {
        return versioned(feedback.get(ward, feedbackId));
    }

    /** One workflow step: {"state":"ASSIGNED","unit":"kinh-te"}, {"state":"ANSWERED","answer":"…"}, … */
    @PutMapping("/feedback/{feedbackId}/state")
    ResponseEntity<Feedback> changeState(Ward ward, @PathVariable long feedbackId,
                                         @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                         @RequestBody(required = false) StateChange change) {
        return versioned(steps.changeState(ward, feedbackId, change, IfMatch.version(ifMatch)));
    }

    private static ResponseEntity<Feedback> versioned(Feedback item) {
        return ResponseEntity.ok().eTag(String.valueOf(item.version())).body(item);
    }

    /** Publishes the item: its content (the address if the resident agreed) shows on the receipt page and Open311. */
    @PostMapping("/feedback/{feedbackId}/publish")
    Feedback publish(Ward ward, @PathVariable long feedbackId) {
        return publishing.publish(ward, feedbackId, true);
    }

    @PostMapping("/feedback/{feedbackId}/unpublish")
    Feedback unpublish(Ward ward, @PathVariable long feedbackId) {
        return publishing.publish(ward, feedbackId, false);
    }

    @GetMapping("/feedback/{feedbackId}/history")
    List<HistoryEntry> history(Ward ward, @PathVariable long feedbackId) {
        return feedback.history(ward, feedbackId);
    }

    /** An attachment (multipart file: office files within ward57.attachments.max-bytes) → the item's files. */
    @PostMapping("/feedback/{feedbackId}/attachments")
    List<vn.ward57.feedback.Attachment> attach(
            Ward ward, @PathVariable long feedbackId,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file)
            throws java.io.IOException {
        feedback.attach(ward, feedbackId, Uploads.name(file),
                file == null ? java.io.InputStream.nullInputStream() : file.getInputStream());
        return feedback.attachments(ward, feedbackId);
    }

    @GetMapping("/feedback-categories")
    List<Category> categories(Ward ward) {
        return feedback.categories(ward);
    }

    /** Adds or changes a category ({"code","name","deadlineDays"}); leaders only. */
    @PutMapping("/feedback-categories")
    List<Category> saveCategory(Ward ward, @RequestBody(required = false) CategoryForm category) {
        return feedback.saveCategory(ward, category);
    }

    /**
     * {received, resolved, resolvedOnTime, backlog, overdue, onTimeRate} of [from, to] (both included):
     * received in the period; handled (answered or transferred) in the period; of those, on or before their
     * due date; received by `to` and not handled by `to`; of the backlog, due before `to`.
     */
    @GetMapping("/feedback-stats")
    FeedbackStats stats(Ward ward,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                        @RequestParam(defaultValue = "false") boolean nq57Area) {
        // nq57Area=true: the Resolution-57 area's categories only, as the report's PAKN section counts
        return nq57Area ? stats.nq57AreaStats(ward, from, to) : stats.stats(ward, from, to);
    }
}
