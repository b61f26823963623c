package vn.ward57.asset.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.asset.AssetFigures;
import vn.ward57.asset.CertificateAction;
import vn.ward57.asset.CertificateFilter;
import vn.ward57.asset.CertificateForm;
import vn.ward57.asset.CertificateHolder;
import vn.ward57.asset.CertificateIssue;
import vn.ward57.asset.CertificateKind;
import vn.ward57.asset.domain.CertificateService;
import vn.ward57.asset.domain.CertificateTable;
import vn.ward57.common.WardTime;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableExport;
import vn.ward57.common.web.PageForms;
import vn.ward57.common.web.Query;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/** The certificates register's pages: counts of a period, the list, a line and its form; import and export. */
@Controller
@RequestMapping("/wards/{wardCode}/certificates")
class CertificatePageController {

    private static final String PAGE = "asset/certificates";

    private final WardAccess access;
    private final CertificateService certificates;
    private final CertificateTable table;
    private final AssetFigures figures;
    private final PageForms forms;

    CertificatePageController(WardAccess access, CertificateService certificates, CertificateTable table,
                              AssetFigures figures, PageForms forms) {
        this.access = access;
        this.certificates = certificates;
        this.table = table;
        this.figures = figures;
        this.forms = forms;
    }

    /** The period is this year unless chosen; the counts and the list follow it. */
    @GetMapping
    String list(Ward ward,
                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String holder,
                @RequestParam(required = false) String action, @RequestParam(required = false) String q,
                Model model, HtmxRequest htmx) {
        fillList(ward, new CertificateFilter(from, to, kind, holder, action, q), model);
        return htmx.isHtmxRequest() ? PAGE + " :: list" : PAGE;
    }

    private void fillList(Ward ward, CertificateFilter asked, Model model) {
        LocalDate today = WardTime.today();
        LocalDate start = asked.from() == null ? today.withDayOfYear(1) : asked.from();
        LocalDate end = asked.to() == null ? today.withMonth(12).withDayOfMonth(31) : asked.to();
        CertificateFilter filter = new CertificateFilter(start, end, asked.kind(), asked.holder(), asked.action(),
                asked.q());
        choices(ward, model);
        model.addAttribute("filter", filter);
        model.addAttribute("summary", figures.certificates(ward, start, end));
        model.addAttribute("issues", certificates.list(ward, filter));
        model.addAttribute("canEdit", access.canEnterWardWide(ward));
        model.addAttribute("exportUrl", "/wards/" + ward.code() + "/certificates/export" + Query.of("from", start,
                "to", end, "kind", filter.kind(), "holder", filter.holder(), "action", filter.action(), "q", filter.q()));
    }

    @GetMapping("/{certificateId}")
    String detail(Ward ward, @PathVariable long certificateId, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("issue", certificates.get(ward, certificateId));
        model.addAttribute("canEdit", access.canEnterWardWide(ward));
        return "asset/certificate";
    }

    @GetMapping("/new")
    String blank(Ward ward, Model model) {
        access.enterWardWide(ward);
        choices(ward, model);
        model.addAttribute("certificateForm", CertificateForm.empty(WardTime.today()));
        return "asset/certificate-form";
    }

    @GetMapping("/{certificateId}/edit")
    String edit(Ward ward, @PathVariable long certificateId, Model model) {
        access.enterWardWide(ward);
        choices(ward, model);
        CertificateIssue issue = certificates.get(ward, certificateId);
        model.addAttribute("issue", issue);
        model.addAttribute("certificateForm", CertificateForm.of(issue));
        model.addAttribute("version", issue.version());
        return "asset/certificate-form";
    }

    @PostMapping
    String create(Ward ward, @ModelAttribute("certificateForm") CertificateForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        Optional<CertificateIssue> saved = forms.save(errors, () -> certificates.create(ward, form));
        if (saved.isPresent()) {
            forms.flash(redirect, "certificate.created");
            return "redirect:/wards/" + ward.code() + "/certificates/" + saved.get().id();
        }
        choices(ward, model);
        return "asset/certificate-form";
    }

    /** version: as the form was read; the form comes back with it, so resending it blind cannot overwrite. */
    @PostMapping("/{certificateId}")
    String update(Ward ward, @PathVariable long certificateId,
                  @ModelAttribute("certificateForm") CertificateForm form, BindingResult errors,
                  @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        if (forms.attempt(errors, () -> certificates.update(ward, certificateId, form, version))) {
            forms.flash(redirect, "certificate.updated");
            return "redirect:/wards/" + ward.code() + "/certificates/" + certificateId;
        }
        choices(ward, model);
        model.addAttribute("issue", certificates.get(ward, certificateId));
        model.addAttribute("version", version);
        return "asset/certificate-form";
    }

    /** From the list (htmx: the list again, this year's) or from a line's page (back to the list). */
    @PostMapping("/{certificateId}/delete")
    String delete(Ward ward, @PathVariable long certificateId,
                  @RequestParam(required = false) Long version, Model model,
                  HttpServletRequest request, RedirectAttributes redirect) {
        certificates.delete(ward, certificateId, version);
        fillList(ward, new CertificateFilter(null, null, null, null, null, null), model);
        return forms.respond(true, "certificate.deleted", request, model, redirect, PAGE, "list",
                "/wards/" + ward.code() + "/certificates");
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(Ward ward, @RequestParam(defaultValue = "xlsx") String format,
                                  @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) String kind,
                                  @RequestParam(required = false) String holder,
                                  @RequestParam(required = false) String action,
                                  @RequestParam(required = false) String q) {
        TableData data = table.export(ward, new CertificateFilter(from, to, kind, holder, action, q));
        return TableExport.download(format, data);
    }

    @PostMapping("/import")
    String importFile(Ward ward, @RequestParam(required = false) MultipartFile file,
                      RedirectAttributes redirect) {
        forms.importStarted(() -> table.importFile(ward, file), redirect);
        return "redirect:/wards/" + ward.code() + "/certificates";
    }

    private void choices(Ward ward, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("kinds", CertificateKind.values());
        model.addAttribute("holders", CertificateHolder.values());
        model.addAttribute("actions", CertificateAction.values());
    }
}
