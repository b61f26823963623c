package vn.ward57.community.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
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
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.Htmx;
import vn.ward57.common.web.PageForms;
import vn.ward57.community.CommunityFigures;
import vn.ward57.community.CommunityTeam;
import vn.ward57.community.CommunityTeamService;
import vn.ward57.community.TeamForm;
import vn.ward57.org.ResidentialGroupService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/** The teams register: the list with the ward's figures, a team's create and edit form, deleting. */
@Controller
@RequestMapping("/wards/{wardCode}/community-teams")
class CommunityTeamPageController {

    private static final String LIST = "community/teams";
    private static final String FORM = "community/team-form";

    private final WardService wards;
    private final ResidentialGroupService groups;
    private final CommunityTeamService teams;
    private final CommunityFigures figures;
    private final PageForms forms;

    CommunityTeamPageController(WardService wards, ResidentialGroupService groups, CommunityTeamService teams,
                                CommunityFigures figures, PageForms forms) {
        this.wards = wards;
        this.groups = groups;
        this.teams = teams;
        this.figures = figures;
        this.forms = forms;
    }

    /** status: active (not dissolved today), dissolved, or empty for all; htmx asks for the table only. */
    @GetMapping
    String list(@PathVariable String wardCode, @RequestParam(required = false) String q,
                @RequestParam(required = false) String status, Model model, HttpServletRequest request) {
        Ward ward = wards.get(wardCode);
        Boolean active = "active".equals(status) ? Boolean.TRUE : "dissolved".equals(status) ? Boolean.FALSE : null;
        model.addAttribute("ward", ward);
        model.addAttribute("teams", teams.list(wardCode, new CommunityTeamService.Filter(q, active)));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("summary", figures.summary(wardCode, WardTime.today()));
        model.addAttribute("canEdit", CurrentActor.get().canEnterData(ward.provinceCode(), ward.code()));
        return Htmx.view(request, LIST, "teams");
    }

    @GetMapping("/new")
    String newTeam(@PathVariable String wardCode, Model model) {
        return form(wardCode, null, new TeamForm(null, null, WardTime.today().toString(), null, null), model);
    }

    @PostMapping
    String create(@PathVariable String wardCode, @ModelAttribute("form") TeamForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        CommunityTeam[] created = new CommunityTeam[1];
        if (forms.attempt(errors, () -> created[0] = teams.create(wardCode, form))) {
            forms.flash(redirect, "community.team-created", created[0].name());
            return "redirect:/wards/" + wardCode + "/community-teams/" + created[0].id();
        }
        return form(wardCode, null, form, model);
    }

    @GetMapping("/{teamId}/edit")
    String edit(@PathVariable String wardCode, @PathVariable long teamId, Model model) {
        CommunityTeam t = teams.get(wardCode, teamId).team();
        model.addAttribute("version", t.version());
        return form(wardCode, t, new TeamForm(t.groupCode(), t.name(), t.foundedOn().toString(),
                t.dissolvedOn() == null ? null : t.dissolvedOn().toString(), t.note()), model);
    }

    @PostMapping("/{teamId}")
    String update(@PathVariable String wardCode, @PathVariable long teamId, @ModelAttribute("form") TeamForm form,
                  BindingResult errors, @RequestParam(required = false) Long version, Model model,
                  RedirectAttributes redirect) {
        if (forms.attempt(errors, () -> teams.update(wardCode, teamId, form, version))) {
            forms.flash(redirect, "community.team-updated", form.name());
            return "redirect:/wards/" + wardCode + "/community-teams/" + teamId;
        }
        model.addAttribute("version", version);  // the form comes back with what it was read at
        return form(wardCode, teams.get(wardCode, teamId).team(), form, model);
    }

    @PostMapping("/{teamId}/delete")
    String delete(@PathVariable String wardCode, @PathVariable long teamId, RedirectAttributes redirect) {
        String name = teams.get(wardCode, teamId).team().name();
        teams.delete(wardCode, teamId, null);
        forms.flash(redirect, "community.team-deleted", name);
        return "redirect:/wards/" + wardCode + "/community-teams";
    }

    /** The form offers the groups without a team, and the team's own group when editing. */
    private String form(String wardCode, CommunityTeam team, TeamForm form, Model model) {
        Ward ward = wards.get(wardCode);
        CurrentActor.requireEnterData(ward.provinceCode(), ward.code());
        Set<String> taken = teams.list(wardCode, CommunityTeamService.Filter.none()).stream()
                .map(CommunityTeam::groupCode).collect(Collectors.toSet());
        model.addAttribute("ward", ward);
        model.addAttribute("team", team);
        model.addAttribute("form", form);
        model.addAttribute("groups", groups.list(ward).stream()
                .filter(g -> !taken.contains(g.code()) || (team != null && g.code().equals(team.groupCode())))
                .sorted(java.util.Comparator.comparing(vn.ward57.org.ResidentialGroup::code)).toList());
        return FORM;
    }
}
