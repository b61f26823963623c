package vn.ward57.feedback.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.WardTime;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.web.Messages;
import vn.ward57.feedback.FeedbackState;
import vn.ward57.feedback.PublicFeedback;
import vn.ward57.feedback.domain.PublicFeedbackService;
import vn.ward57.org.Ward;

/**
 * A read-only Open311 GeoReport v2 view of the items an officer published, for open-data tools: categories
 * are services, items are requests. jurisdiction_id is a ward code (needed when the database holds more than
 * one ward). No personal data: never a name or phone, no media (attachments may show people), the address
 * only where the resident agreed.
 * RECEIVED, ASSIGNED, IN_PROGRESS are "open"; ANSWERED, CLOSED, TRANSFERRED "closed", with the internal
 * state and the answer or the higher level in status_notes.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

    private final PublicFeedbackService feedback;
    private final Messages messages;

    Open311Controller(PublicFeedbackService feedback, Messages messages) {
        this.feedback = feedback;
        this.messages = messages;
    }

    @GetMapping("/services.json")
    List<Map<String, Object>> services(@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        return feedback.categories(feedback.jurisdiction(jurisdiction)).stream().map(c -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("service_code", c.code());
            s.put("service_name", c.name());
            s.put("description", c.name() + " — thời hạn xử lý " + c.deadlineDays() + " ngày làm việc");
            s.put("metadata", false);
            s.put("type", "realtime");
            s.put("keywords", "");
            s.put("group", "Phản ánh, kiến nghị");
            return s;
        }).toList();
    }

    @GetMapping("/requests.json")
    List<Map<String, Object>> requests(@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
                                       @RequestParam(name = "service_code", required = false) String serviceCode,
                                       @RequestParam(required = false) String status) {
        Ward ward = feedback.jurisdiction(jurisdiction);
        String agency = "UBND " + ward.name();
        return feedback.publicItems(ward).stream()
                .filter(p -> serviceCode == null || serviceCode.equals(p.categoryCode()))
                .filter(p -> status == null || status.equals(status(p.state())))
                .map(p -> request(p, agency)).toList();
    }

    @GetMapping("/requests/{code}.json")
    List<Map<String, Object>> request(@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
                                      @PathVariable String code) {
        Ward ward = feedback.jurisdiction(jurisdiction);
        return List.of(request(feedback.published(ward, code), "UBND " + ward.name()));
    }

    /** GeoReport v2 errors: a list of {code, description}. */
    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<List<Map<String, Object>>> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(List.of(Map.of("code", 404, "description", messages.get(e))));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<List<Map<String, Object>>> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(List.of(Map.of("code", 400, "description", messages.get(e))));
    }

    private static String status(FeedbackState state) {
        return state.open() ? "open" : "closed";
    }

    private static Map<String, Object> request(PublicFeedback p, String agency) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", p.code());
        r.put("status", status(p.state()));
        String notes = p.state().label();
        if (p.answer() != null && !p.state().open()) {
            notes += ": " + p.answer();
        } else if (p.transferredTo() != null) {
            notes += ": " + p.transferredTo();
        }
        r.put("status_notes", notes);
        r.put("service_name", p.categoryName());
        r.put("service_code", p.categoryCode());
        r.put("description", p.content());
        r.put("agency_responsible", p.unitName() != null ? p.unitName() : agency);
        r.put("service_notice", "Hạn xử lý " + VietnameseFormat.date(p.dueOn()));
        r.put("requested_datetime", requested(p));
        r.put("updated_datetime", p.updatedAt() == null ? null : p.updatedAt().atZoneSameInstant(WardTime.ZONE)
                .toOffsetDateTime().toString());
        r.put("expected_datetime", startOf(p.dueOn()));
        r.put("address", p.address());
        r.put("address_id", null);
        r.put("zipcode", null);
        r.put("lat", null);
        r.put("long", null);
        r.put("media_url", null);
        return r;
    }

    /** When it was written, if on the day received; else the day received (an officer entered it later). */
    private static String requested(PublicFeedback p) {
        if (p.receivedAt() != null) {
            OffsetDateTime at = p.receivedAt().atZoneSameInstant(WardTime.ZONE).toOffsetDateTime();
            if (at.toLocalDate().equals(p.receivedOn())) {
                return at.toString();
            }
        }
        return startOf(p.receivedOn());
    }

    private static String startOf(LocalDate day) {
        return day.atStartOfDay(WardTime.ZONE).toOffsetDateTime().toString();
    }
}
