package vn.ward57.community.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.community.ActivityForm;
import vn.ward57.community.MemberForm;
import vn.ward57.community.TeamActivity;
import vn.ward57.community.domain.TeamActivityService;
import vn.ward57.community.TeamMember;
import vn.ward57.community.domain.TeamMemberService;
import vn.ward57.common.web.RegisterApi;
import vn.ward57.org.Ward;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}/community-teams/{teamId}")
@Tag(name = "Tổ công nghệ số cộng đồng")
class TeamMemberApiController {

    private final TeamMemberService members;
    private final TeamActivityService activities;

    TeamMemberApiController(TeamMemberService members, TeamActivityService activities) {
        this.members = members;
        this.activities = activities;
    }

    @PostMapping("/members")
    ResponseEntity<TeamMember> addMember(Ward ward, @PathVariable long teamId,
                                         @RequestBody MemberForm form) {
        TeamMember created = members.add(ward, teamId, form);
        return RegisterApi.created(created.id(), created);
    }

    @PutMapping("/members/{memberId}")
    TeamMember updateMember(Ward ward, @PathVariable long teamId, @PathVariable long memberId,
                            @RequestBody MemberForm form) {
        return members.update(ward, teamId, memberId, form);
    }

    @DeleteMapping("/members/{memberId}")
    ResponseEntity<Void> removeMember(Ward ward, @PathVariable long teamId,
                                      @PathVariable long memberId) {
        members.remove(ward, teamId, memberId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/activities")
    List<TeamActivity> activities(Ward ward, @PathVariable long teamId) {
        return activities.list(ward, teamId);
    }

    @PostMapping("/activities")
    ResponseEntity<TeamActivity> addActivity(Ward ward, @PathVariable long teamId,
                                             @RequestBody ActivityForm form) {
        TeamActivity created = activities.add(ward, teamId, form);
        return RegisterApi.created(created.id(), created);
    }

    @PutMapping("/activities/{activityId}")
    TeamActivity updateActivity(Ward ward, @PathVariable long teamId,
                                @PathVariable long activityId, @RequestBody ActivityForm form) {
        return activities.update(ward, teamId, activityId, form);
    }

    @DeleteMapping("/activities/{activityId}")
    ResponseEntity<Void> deleteActivity(Ward ward, @PathVariable long teamId,
                                        @PathVariable long activityId) {
        activities.delete(ward, teamId, activityId);
        return ResponseEntity.noContent().build();
    }
}
