package vn.ward57.community.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.WardTime;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.PageForms;
import vn.ward57.community.ActivityForm;
import vn.ward57.community.CommunityTeamService;
import vn.ward57.community.MemberForm;
import vn.ward57.community.MemberRole;
import vn.ward57.community.TeamActivityService;
import vn.ward57.community.TeamMemberService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/** A team's page: its members (added, changed, removed there) and its activity log. */
@Controller
@RequestMapping("/wards/{wardCode}/community-teams/{teamId}")
class TeamDetailPageController {

    private final WardService wards;
    private final CommunityTeamService teams;
    private final TeamMemberService members;
    private final TeamActivityService activities;
    private final PageForms forms;

    TeamDetailPageController(WardService wards, CommunityTeamService teams, TeamMemberService members,
                             TeamActivityService activities, PageForms forms) {
        this.wards = wards;
        this.teams = teams;
        this.members = members;
        this.activities = activities;
        this.forms = forms;
    }

    @GetMapping
    String detail(@PathVariable String wardCode, @PathVariable long teamId, Model model) {
        Ward ward = wards.get(wardCode);
        model.addAttribute("ward", ward);
        model.addAttribute("detail", teams.get(wardCode, teamId));
        model.addAttribute("activities", activities.list(wardCode, teamId));
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("today", WardTime.today());
        model.addAttribute("canEdit", CurrentActor.get().canEnterData(ward.provinceCode(), ward.code()));
        return "community/team";
    }

    @PostMapping("/members")
    String addMember(@PathVariable String wardCode, @PathVariable long teamId, @ModelAttribute MemberForm form,
                     BindingResult errors, RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> members.add(wardCode, teamId, form), redirect,
                "community.member-added", form.fullName());
        return back(wardCode, teamId);
    }

    @PostMapping("/members/{memberId}")
    String updateMember(@PathVariable String wardCode, @PathVariable long teamId, @PathVariable long memberId,
                        @ModelAttribute MemberForm form, BindingResult errors, RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> members.update(wardCode, teamId, memberId, form), redirect,
                "community.member-updated", form.fullName());
        return back(wardCode, teamId);
    }

    @PostMapping("/members/{memberId}/delete")
    String removeMember(@PathVariable String wardCode, @PathVariable long teamId, @PathVariable long memberId,
                        RedirectAttributes redirect) {
        members.remove(wardCode, teamId, memberId);
        forms.flash(redirect, "community.member-removed");
        return back(wardCode, teamId);
    }

    @PostMapping("/activities")
    String addActivity(@PathVariable String wardCode, @PathVariable long teamId, @ModelAttribute ActivityForm form,
                       BindingResult errors, RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> activities.add(wardCode, teamId, form), redirect,
                "community.activity-added");
        return back(wardCode, teamId);
    }

    @PostMapping("/activities/{activityId}/delete")
    String deleteActivity(@PathVariable String wardCode, @PathVariable long teamId, @PathVariable long activityId,
                          RedirectAttributes redirect) {
        activities.delete(wardCode, teamId, activityId);
        forms.flash(redirect, "community.activity-deleted");
        return back(wardCode, teamId);
    }

    private static String back(String wardCode, long teamId) {
        return "redirect:/wards/" + wardCode + "/community-teams/" + teamId;
    }
}
