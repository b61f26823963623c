package vn.ward57.people.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.web.PageForms;
import vn.ward57.common.web.Uploads;
import vn.ward57.org.Ward;
import vn.ward57.people.TargetGroup;
import vn.ward57.people.TrainingEvent;
import vn.ward57.people.domain.StaffService;
import vn.ward57.people.domain.TrainingAttendanceService;
import vn.ward57.people.domain.TrainingEventService;
import vn.ward57.people.domain.TrainingFileService;
import vn.ward57.common.web.Downloads;

/** A training event: participants per group, the checklist of staff in post that day, its files. */
@Controller
@RequestMapping("/wards/{wardCode}/training-events/{trainingEventId}")
class TrainingEventDetailPageController {

    private final TrainingPages pages;
    private final TrainingEventService events;
    private final TrainingAttendanceService attendance;
    private final TrainingFileService files;
    private final StaffService staff;
    private final PageForms forms;

    TrainingEventDetailPageController(TrainingPages pages, TrainingEventService events,
                                      TrainingAttendanceService attendance, TrainingFileService files,
                                      StaffService staff, PageForms forms) {
        this.pages = pages;
        this.events = events;
        this.attendance = attendance;
        this.files = files;
        this.staff = staff;
        this.forms = forms;
    }

    @GetMapping
    String detail(Ward ward, @PathVariable long trainingEventId, Model model) {
        pages.ward(ward, model);
        TrainingEvent event = events.get(ward, trainingEventId);
        model.addAttribute("event", event);
        model.addAttribute("groups", TargetGroup.values());
        model.addAttribute("inPost", staff.list(ward, new StaffService.Filter(null, null, event.heldOn())));
        model.addAttribute("files", files.list(ward, trainingEventId));
        return "people/training-event";
    }

    /** The checklist: the staff ticked attended (none ticked: no one of the staff). */
    @PostMapping("/attendance")
    String attendance(Ward ward, @PathVariable long trainingEventId,
                      @RequestParam(required = false) List<Long> staffMemberIds, RedirectAttributes redirect) {
        List<Long> ids = staffMemberIds == null ? List.of() : staffMemberIds;
        forms.attemptAndRedirect(new MapBindingResult(new java.util.HashMap<>(), "attendance"),
                () -> attendance.record(ward, trainingEventId, ids), redirect, "training.attendance-saved",
                ids.size());
        return "redirect:/wards/" + ward.code() + "/training-events/" + trainingEventId;
    }

    @PostMapping("/files")
    String attach(Ward ward, @PathVariable long trainingEventId,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        try (InputStream content = Uploads.content(file)) {
            forms.attemptAndRedirect(new MapBindingResult(new java.util.HashMap<>(), "file"),
                    () -> files.attach(ward, trainingEventId, Uploads.name(file),
                            content), redirect, "training.file-kept");
        }
        return "redirect:/wards/" + ward.code() + "/training-events/" + trainingEventId;
    }

    @GetMapping("/files/{fileId}")
    ResponseEntity<byte[]> download(Ward ward, @PathVariable long trainingEventId,
                                    @PathVariable long fileId) {
        var file = files.download(ward, trainingEventId, fileId);
        return Downloads.keptFile(file.info().fileName(), file.info().contentType()).body(file.content());
    }
}
