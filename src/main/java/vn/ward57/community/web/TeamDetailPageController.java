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
import vn.ward57.common.web.PageForms;
import vn.ward57.community.ActivityForm;
import vn.ward57.community.MemberForm;
import vn.ward57.community.MemberRole;
import vn.ward57.community.domain.CommunityTeamService;
import vn.ward57.community.domain.TeamActivityService;
import vn.ward57.community.domain.TeamMemberService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/** A team's page: its members (added, changed, removed there) and its activity log. */
@Controller
@RequestMapping("/wards/{wardCode}/community-teams/{teamId}")
class TeamDetailPageController {

    private final WardAccess access;
    private final CommunityTeamService teams;
    private final TeamMemberService members;
    private final TeamActivityService activities;
    private final PageForms forms;

    TeamDetailPageController(WardAccess access, CommunityTeamService teams, TeamMemberService members,
                             TeamActivityService activities, PageForms forms) {
        this.access = access;
        this.teams = teams;
        this.members = members;
        this.activities = activities;
        this.forms = forms;
    }

    @GetMapping
    String detail(Ward ward, @PathVariable long teamId, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("detail", teams.get(ward, teamId));
        model.addAttribute("activities", activities.list(ward, teamId));
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("today", WardTime.today());
        model.addAttribute("canEdit", access.canEnterData(ward));
        return "community/team";
    }

    @PostMapping("/members")
    String addMember(Ward ward, @PathVariable long teamId, @ModelAttribute MemberForm form,
                     BindingResult errors, RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> members.add(ward, teamId, form), redirect,
                "community.member-added", form.fullName());
        return back(ward, teamId);
    }

    @PostMapping("/members/{memberId}")
    String updateMember(Ward ward, @PathVariable long teamId, @PathVariable long memberId,
                        @ModelAttribute MemberForm form, BindingResult errors, RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> members.update(ward, teamId, memberId, form), redirect,
                "community.member-updated", form.fullName());
        return back(ward, teamId);
    }

    @PostMapping("/members/{memberId}/delete")
    String removeMember(Ward ward, @PathVariable long teamId, @PathVariable long memberId,
                        RedirectAttributes redirect) {
        members.remove(ward, teamId, memberId);
        forms.flash(redirect, "community.member-removed");
        return back(ward, teamId);
    }

    @PostMapping("/activities")
    String addActivity(Ward ward, @PathVariable long teamId, @ModelAttribute ActivityForm form,
                       BindingResult errors, RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> activities.add(ward, teamId, form), redirect,
                "community.activity-added");
        return back(ward, teamId);
    }

    @PostMapping("/activities/{activityId}/delete")
    String deleteActivity(Ward ward, @PathVariable long teamId, @PathVariable long activityId,
                          RedirectAttributes redirect) {
        activities.delete(ward, teamId, activityId);
        forms.flash(redirect, "community.activity-deleted");
        return back(ward, teamId);
    }

    private static String back(Ward ward, long teamId) {
        return "redirect:/wards/" + ward.code() + "/community-teams/" + teamId;
    }
}
