package vn.ward57.breakthrough.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
import vn.ward57.breakthrough.FollowUpForm;
import vn.ward57.breakthrough.Recommendation;
import vn.ward57.breakthrough.RecommendationFilter;
import vn.ward57.breakthrough.RecommendationForm;
import vn.ward57.breakthrough.RecommendationScope;
import vn.ward57.breakthrough.RecommendationService;
import vn.ward57.breakthrough.RecommendationStatus;
import vn.ward57.breakthrough.RecommendationTable;
import vn.ward57.common.WardTime;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableExport;
import vn.ward57.common.web.Htmx;
import vn.ward57.common.web.PageForms;
import vn.ward57.common.web.Query;
import vn.ward57.org.WardService;

/** Recommendations' pages: the two groups with filters, a recommendation with its follow-up log, its form. */
@Controller
@RequestMapping("/wards/{wardCode}/recommendations")
class RecommendationPageController {

    private static final String PAGE = "breakthrough/recommendations";
    private static final String FORM = "breakthrough/recommendation-form";

    private final WardService wards;
    private final RecommendationService recommendations;
    private final RecommendationTable table;
    private final PageForms forms;

    RecommendationPageController(WardService wards, RecommendationService recommendations,
                                 RecommendationTable table, PageForms forms) {
        this.wards = wards;
        this.recommendations = recommendations;
        this.table = table;
        this.forms = forms;
    }

    @GetMapping
    String list(@PathVariable String wardCode, @RequestParam(required = false) String status,
                @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String q,
                Model model, HttpServletRequest request) {
        fillList(wardCode, new RecommendationFilter(null, BreakthroughPageController.blank(status), overdue,
                BreakthroughPageController.blank(q)), model);
        return Htmx.view(request, PAGE, "list");
    }

    @GetMapping("/{recommendationId}")
    String detail(@PathVariable String wardCode, @PathVariable long recommendationId, Model model) {
        model.addAttribute("ward", wards.get(wardCode));
        Recommendation r = recommendations.get(wardCode, recommendationId);
        model.addAttribute("rec", r);
        model.addAttribute("moves", r.status().next());
        model.addAttribute("followUpForm", new FollowUpForm(null, null, null));
        model.addAttribute("canEdit", recommendations.canEdit(wardCode));
        return "breakthrough/recommendation";
    }

    @GetMapping("/new")
    String blank(@PathVariable String wardCode, Model model) {
        writable(wardCode);
        choices(wardCode, model);
        model.addAttribute("recommendationForm", new RecommendationForm(null, null, null, null, null, null, null,
                null, "SELF", null));
        return FORM;
    }

    @GetMapping("/{recommendationId}/edit")
    String edit(@PathVariable String wardCode, @PathVariable long recommendationId, Model model) {
        writable(wardCode);
        choices(wardCode, model);
        Recommendation r = recommendations.get(wardCode, recommendationId);
        model.addAttribute("rec", r);
        model.addAttribute("recommendationForm", new RecommendationForm(r.code(), r.content(), r.decidingAuthority(),
                r.leadBody(), r.coordinatingBodies(), r.expectedOutput(), r.deadline(), r.deadlineText(),
                r.scope().name(), null));
        return FORM;
    }

    @PostMapping
    String create(@PathVariable String wardCode, @ModelAttribute("recommendationForm") RecommendationForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        Recommendation[] saved = new Recommendation[1];
        if (forms.attempt(errors, () -> saved[0] = recommendations.create(wardCode, form))) {
            forms.flash(redirect, "recommendation.created", saved[0].code());
            return "redirect:/wards/" + wardCode + "/recommendations/" + saved[0].id();
        }
        choices(wardCode, model);
        return FORM;
    }

    /** The form changes the fields; the status moves only through the follow-up log (status null keeps it). */
    @PostMapping("/{recommendationId}")
    String update(@PathVariable String wardCode, @PathVariable long recommendationId,
                  @ModelAttribute("recommendationForm") RecommendationForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Recommendation[] saved = new Recommendation[1];
        if (forms.attempt(errors, () -> saved[0] = recommendations.update(wardCode, recommendationId, form))) {
            forms.flash(redirect, "recommendation.updated", saved[0].code());
            return "redirect:/wards/" + wardCode + "/recommendations/" + recommendationId;
        }
        choices(wardCode, model);
        model.addAttribute("rec", recommendations.get(wardCode, recommendationId));
        return FORM;
    }

    @PostMapping("/{recommendationId}/follow-ups")
    String followUp(@PathVariable String wardCode, @PathVariable long recommendationId,
                    @ModelAttribute("followUpForm") FollowUpForm form, BindingResult errors,
                    RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> recommendations.followUp(wardCode, recommendationId, form), redirect,
                "recommendation.followed-up");
        return "redirect:/wards/" + wardCode + "/recommendations/" + recommendationId;
    }

    @PostMapping("/{recommendationId}/delete")
    String delete(@PathVariable String wardCode, @PathVariable long recommendationId, Model model,
                  HttpServletRequest request, RedirectAttributes redirect) {
        Recommendation deleted = recommendations.delete(wardCode, recommendationId);
        fillList(wardCode, RecommendationFilter.none(), model);
        return forms.respond(true, "recommendation.deleted", request, model, redirect, PAGE, "list",
                "/wards/" + wardCode + "/recommendations", deleted.code());
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@PathVariable String wardCode, @RequestParam(defaultValue = "xlsx") String format,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) Boolean overdue,
                                  @RequestParam(required = false) String q) {
        TableData data = table.export(wardCode, new RecommendationFilter(null, BreakthroughPageController.blank(status),
                overdue, BreakthroughPageController.blank(q)));
        return TableExport.download(format, data.baseName(), data.headers(), data.rows());
    }

    @PostMapping("/import")
    String importFile(@PathVariable String wardCode, @RequestParam(required = false) MultipartFile file,
                      RedirectAttributes redirect) {
        forms.importStarted(() -> table.importFile(wardCode, file), redirect);
        return "redirect:/wards/" + wardCode + "/recommendations";
    }

    private void fillList(String wardCode, RecommendationFilter filter, Model model) {
        model.addAttribute("ward", wards.get(wardCode));
        model.addAttribute("statuses", RecommendationStatus.values());
        model.addAttribute("filter", filter);
        List<Recommendation> all = recommendations.list(wardCode, filter, WardTime.today());
        model.addAttribute("groups", List.of("SELF", "HIGHER"));
        model.addAttribute("own", all.stream().filter(r -> r.scope() == RecommendationScope.SELF).toList());
        model.addAttribute("higher", all.stream().filter(r -> r.scope() == RecommendationScope.HIGHER).toList());
        model.addAttribute("canEdit", recommendations.canEdit(wardCode));
        model.addAttribute("exportUrl", "/wards/" + wardCode + "/recommendations/export" + Query.of("status",
                filter.status(), "overdue", filter.overdue(), "q", filter.q()));
    }

    private void choices(String wardCode, Model model) {
        model.addAttribute("ward", wards.get(wardCode));
        model.addAttribute("scopes", RecommendationScope.values());
    }

    private void writable(String wardCode) {
        if (!recommendations.canEdit(wardCode)) {
            throw new AccessDeniedException("access.ward-read-only");
        }
    }
}
