package vn.ward57.breakthrough.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
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
import vn.ward57.breakthrough.FollowUpForm;
import vn.ward57.breakthrough.Recommendation;
import vn.ward57.breakthrough.RecommendationFilter;
import vn.ward57.breakthrough.RecommendationForm;
import vn.ward57.breakthrough.RecommendationScope;
import vn.ward57.breakthrough.RecommendationStatus;
import vn.ward57.breakthrough.domain.RecommendationTable;
import vn.ward57.breakthrough.domain.Recommendations;
import vn.ward57.common.WardTime;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableExport;
import vn.ward57.common.web.PageForms;
import vn.ward57.common.web.Query;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/** Recommendations' pages: the two groups with filters, a recommendation with its follow-up log, its form. */
@Controller
@RequestMapping("/wards/{wardCode}/recommendations")
class RecommendationPageController {

    private static final String PAGE = "breakthrough/recommendations";
    private static final String FORM = "breakthrough/recommendation-form";

    private final WardAccess access;
    private final Recommendations recommendations;
    private final RecommendationTable table;
    private final PageForms forms;

    RecommendationPageController(WardAccess access, Recommendations recommendations,
                                 RecommendationTable table, PageForms forms) {
        this.access = access;
        this.recommendations = recommendations;
        this.table = table;
        this.forms = forms;
    }

    @GetMapping
    String list(Ward ward, @RequestParam(required = false) String status,
                @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String q,
                Model model, HtmxRequest htmx) {
        fillList(ward, new RecommendationFilter(null, BreakthroughPageController.blank(status), overdue,
                BreakthroughPageController.blank(q)), model);
        return htmx.isHtmxRequest() ? PAGE + " :: list" : PAGE;
    }

    @GetMapping("/{recommendationId}")
    String detail(Ward ward, @PathVariable long recommendationId, Model model) {
        model.addAttribute("ward", ward);
        Recommendation r = recommendations.get(ward, recommendationId);
        model.addAttribute("rec", r);
        model.addAttribute("moves", r.status().next());
        model.addAttribute("followUpForm", new FollowUpForm(null, null, null));
        model.addAttribute("canEdit", access.canManage(ward));
        return "breakthrough/recommendation";
    }

    /** The form pages are refused like their posts would be (a unit officer, a viewer get the 403 page). */
    @GetMapping("/new")
    String blank(Ward ward, Model model) {
        access.enterWardWide(ward);
        choices(ward, model);
        model.addAttribute("recommendationForm", new RecommendationForm(null, null, null, null, null, null, null,
                null, "SELF", null));
        return FORM;
    }

    @GetMapping("/{recommendationId}/edit")
    String edit(Ward ward, @PathVariable long recommendationId, Model model) {
        access.enterWardWide(ward);
        Recommendation r = recommendations.get(ward, recommendationId);
        choices(ward, model);
        model.addAttribute("rec", r);
        model.addAttribute("recommendationForm", new RecommendationForm(r.code(), r.content(), r.decidingAuthority(),
                r.leadBody(), r.coordinatingBodies(), r.expectedOutput(), r.deadline(), r.deadlineText(),
                r.scope().name(), null));
        return FORM;
    }

    @PostMapping
    String create(Ward ward, @ModelAttribute("recommendationForm") RecommendationForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        Optional<Recommendation> saved = forms.save(errors, () -> recommendations.create(ward, form));
        if (saved.isPresent()) {
            forms.flash(redirect, "recommendation.created", saved.get().code());
            return "redirect:/wards/" + ward.code() + "/recommendations/" + saved.get().id();
        }
        choices(ward, model);
        return FORM;
    }

    /** The form changes the fields; the status moves only through the follow-up log (status null keeps it). */
    @PostMapping("/{recommendationId}")
    String update(Ward ward, @PathVariable long recommendationId,
                  @ModelAttribute("recommendationForm") RecommendationForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Optional<Recommendation> saved = forms.save(errors, () -> recommendations.update(ward, recommendationId, form));
        if (saved.isPresent()) {
            forms.flash(redirect, "recommendation.updated", saved.get().code());
            return "redirect:/wards/" + ward.code() + "/recommendations/" + recommendationId;
        }
        choices(ward, model);
        model.addAttribute("rec", recommendations.get(ward, recommendationId));
        return FORM;
    }

    @PostMapping("/{recommendationId}/follow-ups")
    String followUp(Ward ward, @PathVariable long recommendationId,
                    @ModelAttribute("followUpForm") FollowUpForm form, BindingResult errors,
                    RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> recommendations.followUp(ward, recommendationId, form), redirect,
                "recommendation.followed-up");
        return "redirect:/wards/" + ward.code() + "/recommendations/" + recommendationId;
    }

    @PostMapping("/{recommendationId}/delete")
    String delete(Ward ward, @PathVariable long recommendationId, Model model,
                  HttpServletRequest request, RedirectAttributes redirect) {
        Recommendation deleted = recommendations.delete(ward, recommendationId);
        fillList(ward, RecommendationFilter.none(), model);
        return forms.respond(true, "recommendation.deleted", request, model, redirect, PAGE, "list",
                "/wards/" + ward.code() + "/recommendations", deleted.code());
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(Ward ward, @RequestParam(defaultValue = "xlsx") String format,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) Boolean overdue,
                                  @RequestParam(required = false) String q) {
        TableData data = table.export(ward, new RecommendationFilter(null, BreakthroughPageController.blank(status),
                overdue, BreakthroughPageController.blank(q)));
        return TableExport.download(format, data);
    }

    @PostMapping("/import")
    String importFile(Ward ward, @RequestParam(required = false) MultipartFile file,
                      RedirectAttributes redirect) {
        forms.importStarted(() -> table.importFile(ward, file), redirect);
        return "redirect:/wards/" + ward.code() + "/recommendations";
    }

    private void fillList(Ward ward, RecommendationFilter filter, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("statuses", RecommendationStatus.values());
        model.addAttribute("filter", filter);
        List<Recommendation> all = recommendations.list(ward, filter, WardTime.today());
        model.addAttribute("groups", List.of("SELF", "HIGHER"));
        model.addAttribute("own", all.stream().filter(r -> r.scope() == RecommendationScope.SELF).toList());
        model.addAttribute("higher", all.stream().filter(r -> r.scope() == RecommendationScope.HIGHER).toList());
        model.addAttribute("canEdit", access.canManage(ward));
        model.addAttribute("exportUrl", "/wards/" + ward.code() + "/recommendations/export" + Query.of("status",
                filter.status(), "overdue", filter.overdue(), "q", filter.q()));
    }

    private void choices(Ward ward, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("scopes", RecommendationScope.values());
    }

}
