package vn.ward57.community.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.WardTime;
import vn.ward57.common.web.PageForms;
import vn.ward57.community.CommunityFigures;
import vn.ward57.community.CommunityTeam;
import vn.ward57.community.TeamForm;
import vn.ward57.community.domain.CommunityTeamService;
import vn.ward57.org.ResidentialGroup;
import vn.ward57.org.ResidentialGroupService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/** The teams register: the list with the ward's figures, a team's create and edit form, deleting. */
@Controller
@RequestMapping("/wards/{wardCode}/community-teams")
class CommunityTeamPageController {

    private static final String LIST = "community/teams";
    private static final String FORM = "community/team-form";

    private final WardAccess access;
    private final ResidentialGroupService groups;
    private final CommunityTeamService teams;
    private final CommunityFigures figures;
    private final PageForms forms;

    CommunityTeamPageController(WardAccess access, ResidentialGroupService groups, CommunityTeamService teams,
                                CommunityFigures figures, PageForms forms) {
        this.access = access;
        this.groups = groups;
        this.teams = teams;
        this.figures = figures;
        this.forms = forms;
    }

    /** status: active (not dissolved today), dissolved, or empty for all; htmx asks for the table only. */
    @GetMapping
    String list(Ward ward, @RequestParam(required = false) String q, @RequestParam(required = false) String status,
                Model model, HtmxRequest htmx) {
        Boolean active = "active".equals(status) ? Boolean.TRUE : "dissolved".equals(status) ? Boolean.FALSE : null;
        model.addAttribute("ward", ward);
        model.addAttribute("teams", teams.list(ward, new CommunityTeamService.Filter(q, active)));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("summary", figures.summary(ward, WardTime.today()));
        model.addAttribute("canEdit", access.canEnterData(ward));
        return htmx.isHtmxRequest() ? LIST + " :: teams" : LIST;
    }

    @GetMapping("/new")
    String newTeam(Ward ward, Model model) {
        return form(ward, null, new TeamForm(null, null, WardTime.today().toString(), null, null), model);
    }

    @PostMapping
    String create(Ward ward, @ModelAttribute("form") TeamForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Optional<CommunityTeam> created = forms.save(errors, () -> teams.create(ward, form));
        if (created.isPresent()) {
            forms.flash(redirect, "community.team-created", created.get().name());
            return "redirect:/wards/" + ward.code() + "/community-teams/" + created.get().id();
        }
        return form(ward, null, form, model);
    }

    @GetMapping("/{teamId}/edit")
    String edit(Ward ward, @PathVariable long teamId, Model model) {
        CommunityTeam t = teams.get(ward, teamId).team();
        model.addAttribute("version", t.version());
        return form(ward, t, new TeamForm(t.groupCode(), t.name(), t.foundedOn().toString(),
                t.dissolvedOn() == null ? null : t.dissolvedOn().toString(), t.note()), model);
    }

    @PostMapping("/{teamId}")
    String update(Ward ward, @PathVariable long teamId, @ModelAttribute("form") TeamForm form, BindingResult errors,
                  @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        if (forms.attempt(errors, () -> teams.update(ward, teamId, form, version))) {
            forms.flash(redirect, "community.team-updated", form.name());
            return "redirect:/wards/" + ward.code() + "/community-teams/" + teamId;
        }
        model.addAttribute("version", version);  // the form comes back with what it was read at
        return form(ward, teams.get(ward, teamId).team(), form, model);
    }

    @PostMapping("/{teamId}/delete")
    String delete(Ward ward, @PathVariable long teamId, RedirectAttributes redirect) {
        String name = teams.get(ward, teamId).team().name();
        teams.delete(ward, teamId, null);
        forms.flash(redirect, "community.team-deleted", name);
        return "redirect:/wards/" + ward.code() + "/community-teams";
    }

    /**
     * The form, refused to those whose post of it would be refused; it offers the groups without a team, and
     * the team's own group when editing.
     */
    private String form(Ward ward, CommunityTeam team, TeamForm form, Model model) {
        access.enterData(ward);
        Set<String> taken = teams.list(ward, CommunityTeamService.Filter.none()).stream()
                .map(CommunityTeam::groupCode).collect(Collectors.toSet());
        model.addAttribute("ward", ward);
        model.addAttribute("team", team);
        model.addAttribute("form", form);
        model.addAttribute("groups", groups.list(ward).stream()
                .filter(g -> !taken.contains(g.code()) || (team != null && g.code().equals(team.groupCode())))
                .sorted(Comparator.comparing(ResidentialGroup::code)).toList());
        return FORM;
    }
}
