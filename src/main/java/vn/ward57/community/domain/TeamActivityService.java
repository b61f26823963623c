package vn.ward57.community.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.database.VersionedRecords;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.community.ActivityForm;
import vn.ward57.community.TeamActivity;
import vn.ward57.org.Ward;

/** The log of what a team did: the day, what, and how many residents it helped. */
@Service
@Transactional(readOnly = true)
public class TeamActivityService {

    private final CommunityTeamService teams;
    private final TeamActivityRepository activities;
    private final VersionedRecords.Kind<TeamActivity> records;

    TeamActivityService(CommunityTeamService teams, TeamActivityRepository activities, VersionedRecords versioned) {
        this.teams = teams;
        this.activities = activities;
        this.records = versioned.unversioned("community_team_activity");
    }

    /** The whole log, latest first. */
    public List<TeamActivity> list(Ward ward, long teamId) {
        teams.team(ward, teamId);
        return activities.ofTeam(teamId, null);
    }

    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public TeamActivity add(Ward ward, long teamId, ActivityForm form) {
        teams.team(ward, teamId);
        Values v = values(form);
        long id = activities.insert(ward.id().value(), teamId, v.heldOn(), v.description(), v.residentsHelped());
        return records.created(ward, id, activities.find(teamId, id).orElseThrow());
    }

    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public TeamActivity update(Ward ward, long teamId, long activityId, ActivityForm form) {
        teams.team(ward, teamId);
        TeamActivity before = activity(teamId, activityId);
        Values v = values(form);
        activities.update(activityId, v.heldOn(), v.description(), v.residentsHelped());
        return records.updated(ward, activityId, before,
                activities.find(teamId, activityId).orElseThrow());
    }

    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public void delete(Ward ward, long teamId, long activityId) {
        teams.team(ward, teamId);
        TeamActivity activity = activity(teamId, activityId);
        activities.delete(activityId);
        records.deleted(ward, activityId, activity);
    }

    private TeamActivity activity(long teamId, long activityId) {
        return activities.find(teamId, activityId).orElseThrow(
                () -> new NotFoundException("community.activity-not-found", null, String.valueOf(activityId)));
    }

    private record Values(LocalDate heldOn, String description, int residentsHelped) {
    }

    private static Values values(ActivityForm form) {
        LocalDate heldOn = Input.date(form.heldOn(), "heldOn", true);
        String description = Input.text(form.description(), "description", 1000, true);
        if (form.residentsHelped() == null) {
            throw new InvalidInputException("community.required", "residentsHelped", Input.label("residentsHelped"));
        }
        if (form.residentsHelped() < 0) {
            throw new InvalidInputException("community.residents-negative", "residentsHelped",
                    String.valueOf(form.residentsHelped()));
        }
        return new Values(heldOn, description, form.residentsHelped());
    }
}
