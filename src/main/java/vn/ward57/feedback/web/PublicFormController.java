package vn.ward57.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.common.web.PageForms;
import vn.ward57.feedback.domain.PublicFeedbackService;
import vn.ward57.feedback.PublicFile;
import vn.ward57.feedback.PublicSubmission;
import vn.ward57.org.Ward;

/**
 * The residents' form (góp ý), open without an account, and the receipt page by code. The client address
 * for the rate limit is the connection's: behind a reverse proxy, configure
 * server.forward-headers-strategy so that it is the resident's, not the proxy's. Open to anyone: the ward
 * of the address is looked up by the public service (404 for none), not read-checked as a Ward parameter is.
 */
@Controller
@RequestMapping("/wards/{wardCode}/gop-y")
class PublicFormController {

    private final PublicFeedbackService feedback;
    private final PageForms forms;

    PublicFormController(PublicFeedbackService feedback, PageForms forms) {
        this.feedback = feedback;
        this.forms = forms;
    }

    @GetMapping
    String form(@PathVariable String wardCode, Model model) {
        fill(feedback.ward(wardCode), model);
        model.addAttribute("submission", new PublicSubmission(null, null, null, false, null, null, null));
        return "feedback/public-form";
    }

    @PostMapping
    String submit(@PathVariable String wardCode, @ModelAttribute("submission") PublicSubmission submission,
                  BindingResult errors, @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  HttpServletRequest request, Model model) {
        Ward ward = feedback.ward(wardCode);
        List<PublicFile> sent = read(files);
        @SuppressWarnings("unchecked")
        Optional<String>[] code = new Optional[1];
        boolean done = forms.attempt(errors, () -> code[0] = feedback.submit(ward, submission, sent,
                request.getRemoteAddr()));
        if (done) {
            // Post/Redirect/Get: reloading the thanks page asks for it again, never sends the item twice. A bot
            // that filled the honeypot sees the same thanks, without a code to look up.
            return "redirect:/wards/" + ward.code() + "/gop-y/cam-on" + code[0].map(c -> "?ma=" + c).orElse("");
        }
        fill(ward, model);
        return "feedback/public-form";
    }

    /** The thanks after a submission, with its receipt code (ma), which must be one of the ward's public-form items. */
    @GetMapping("/cam-on")
    String thanks(@PathVariable String wardCode, @RequestParam(name = "ma", required = false) String code,
                  Model model) {
        Ward ward = feedback.ward(wardCode);
        fill(ward, model);
        model.addAttribute("receipt", code == null || code.isBlank() ? null : feedback.lookup(ward, code).code());
        return "feedback/public-thanks";
    }

    @GetMapping("/{code}")
    String lookup(@PathVariable String wardCode, @PathVariable String code, Model model) {
        Ward ward = feedback.ward(wardCode);
        fill(ward, model);
        model.addAttribute("item", feedback.lookup(ward, code));
        return "feedback/public-item";
    }

    private void fill(Ward ward, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("categories", feedback.categories(ward));
        model.addAttribute("maxMegabytes", feedback.maxBytes() / (1024 * 1024));
    }

    /** Reads at most the limit plus one byte of each file, so the service can refuse a larger one. */
    private List<PublicFile> read(List<MultipartFile> files) {
        List<PublicFile> sent = new ArrayList<>();
        if (files == null) {
            return sent;
        }
        for (MultipartFile f : files) {
            if (f == null || f.isEmpty()) {
                continue;
            }
            try (InputStream in = f.getInputStream()) {
                sent.add(new PublicFile(f.getOriginalFilename(), in.readNBytes((int) feedback.maxBytes() + 1)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sent;
    }
}
