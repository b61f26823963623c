package vn.ward57.breakthrough.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.breakthrough.domain.BreakthroughFileService;
import vn.ward57.common.error.Ward57Exception;
import vn.ward57.common.web.Messages;
import vn.ward57.common.web.PageForms;
import vn.ward57.common.web.Uploads;
import vn.ward57.org.Ward;
import vn.ward57.common.web.Downloads;

/** A model's evidence files from its page: attach, download, delete; each goes back to the model's page. */
@Controller
@RequestMapping("/wards/{wardCode}/breakthroughs/{breakthroughId}/files")
class BreakthroughFilePageController {

    private final BreakthroughFileService files;
    private final PageForms forms;
    private final Messages messages;

    BreakthroughFilePageController(BreakthroughFileService files, PageForms forms, Messages messages) {
        this.files = files;
        this.forms = forms;
        this.messages = messages;
    }

    @PostMapping
    String attach(Ward ward, @PathVariable long breakthroughId, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) {
        try {
            var kept = files.attach(ward, breakthroughId, Uploads.name(file),
                    Uploads.content(file));
            forms.flash(redirect, "breakthrough.file-attached", kept.fileName());
        } catch (Ward57Exception e) {
            redirect.addFlashAttribute("flashError", messages.get(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return back(ward, breakthroughId);
    }

    @GetMapping("/{evidenceId}")
    ResponseEntity<byte[]> download(Ward ward, @PathVariable long breakthroughId, @PathVariable long evidenceId) {
        var file = files.download(ward, breakthroughId, evidenceId);
        return Downloads.keptFile(file.info().fileName(), file.info().contentType()).body(file.content());
    }

    @PostMapping("/{evidenceId}/delete")
    String delete(Ward ward, @PathVariable long breakthroughId, @PathVariable long evidenceId,
                  RedirectAttributes redirect) {
        var deleted = files.delete(ward, breakthroughId, evidenceId);
        forms.flash(redirect, "breakthrough.file-deleted", deleted.fileName());
        return back(ward, breakthroughId);
    }

    private static String back(Ward ward, long breakthroughId) {
        return "redirect:/wards/" + ward.code() + "/breakthroughs/" + breakthroughId;
    }
}
