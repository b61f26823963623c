package vn.ward57.community.domain;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.WardTime;
import vn.ward57.common.database.VersionedRecords;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.community.CommunityTeam;
import vn.ward57.community.TeamDetail;
import vn.ward57.community.TeamForm;
import vn.ward57.org.ResidentialGroup;
import vn.ward57.org.ResidentialGroupService;
import vn.ward57.org.Ward;

/**
 * The register of community digital-technology teams: one per residential group of the ward. A team belongs to
 * no unit; every officer of the ward keeps the teams, their members and activities (enterData). Wards given
 * here were read-checked by whoever resolved them.
 */
@Service
@Transactional(readOnly = true)
public class CommunityTeamService {

    static final int RECENT_ACTIVITIES = 10;

    private final ResidentialGroupService groups;
    private final CommunityTeamRepository teams;
    private final TeamMemberRepository members;
    private final TeamActivityRepository activities;
    private final VersionedRecords.Kind<CommunityTeam> records;

    CommunityTeamService(ResidentialGroupService groups, CommunityTeamRepository teams,
                         TeamMemberRepository members, TeamActivityRepository activities,
                         VersionedRecords versioned) {
        this.groups = groups;
        this.teams = teams;
        this.members = members;
        this.activities = activities;
        this.records = versioned.of("community_team", CommunityTeam::version);
    }

    /** What the list may be narrowed to: q searches team, group and head; active null: all teams. */
    public record Filter(String q, Boolean active) {

        public static Filter none() {
            return new Filter(null, null);
        }
    }

    /** The teams with their heads and members as of today. */
    public List<CommunityTeam> list(Ward ward, Filter filter) {
        String q = filter.q() == null || filter.q().isBlank() ? null
                : "%" + filter.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return teams.list(ward.id().value(), WardTime.today(), q, filter.active());
    }

    public TeamDetail get(Ward ward, long teamId) {
        CommunityTeam team = team(ward, teamId);
        return new TeamDetail(team, members.ofTeam(teamId), activities.ofTeam(teamId, RECENT_ACTIVITIES));
    }

    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public CommunityTeam create(Ward ward, TeamForm form) {
        var values = values(ward, form);
        var existing = teams.teamOfGroup(values.groupId());
        if (existing.isPresent()) {
            throw duplicate(ward, form.residentialGroup().strip(), existing.get());
        }
        long id = teams.insert(ward.id().value(), values);
        CommunityTeam created = team(ward, id);
        return records.created(ward, key(ward, created), created);
    }

    /** version: the one the person read (null: any); a team changed since is refused (409, who and when). */
    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public CommunityTeam update(Ward ward, long teamId, TeamForm form, Long version) {
        CommunityTeam before = locked(ward, teamId, version);
        var values = values(ward, form);
        var existing = teams.teamOfGroup(values.groupId());
        if (existing.isPresent() && existing.get() != teamId) {
            throw duplicate(ward, form.residentialGroup().strip(), existing.get());
        }
        records.written(key(ward, before), teams.update(teamId, before.version(), values));
        CommunityTeam after = team(ward, teamId);
        return records.updated(ward, key(ward, after), before, after);
    }

    /** The team with its members and activity log. */
    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public void delete(Ward ward, long teamId, Long version) {
        CommunityTeam team = locked(ward, teamId, version);
        records.written(key(ward, team), teams.delete(teamId, team.version()));
        records.deleted(ward, key(ward, team), team);
    }

    /** The team as it stands, its row locked until the change commits, if the person read this version. */
    private CommunityTeam locked(Ward ward, long teamId, Long version) {
        teams.lock(ward.id().value(), teamId);
        CommunityTeam now = team(ward, teamId);
        return records.checked(key(ward, now), version, now);
    }

    /** A team of the ward as of today; one of another ward is not found. */
    CommunityTeam team(Ward ward, long teamId) {
        return teams.find(ward.id().value(), teamId, WardTime.today())
                .orElseThrow(() -> new NotFoundException("community.team-not-found", null, String.valueOf(teamId)));
    }

    /** A residential group of the ward by its code; a code the ward does not have is bad input. */
    ResidentialGroup group(Ward ward, String code) {
        String text = Input.text(code, "residentialGroup", 50, true);
        try {
            return groups.get(ward, text);
        } catch (NotFoundException e) {
            throw new InvalidInputException("community.group-foreign", "residentialGroup", text, ward.name());
        }
    }

    private CommunityTeamRepository.Values values(Ward ward, TeamForm form) {
        ResidentialGroup group = group(ward, form.residentialGroup());
        String name = Input.text(form.name(), "name", 200, true);
        var founded = Input.date(form.foundedOn(), "foundedOn", true);
        var dissolved = Input.date(form.dissolvedOn(), "dissolvedOn", false);
        if (dissolved != null && dissolved.isBefore(founded)) {
            throw new InvalidInputException("community.dissolved-before-founded", "dissolvedOn");
        }
        return new CommunityTeamRepository.Values(group.id(), name, founded, dissolved,
                Input.text(form.note(), "note", 2000, false));
    }

    private InvalidInputException duplicate(Ward ward, String groupCode, long existingId) {
        return new InvalidInputException("community.team-duplicate", "residentialGroup", groupCode,
                team(ward, existingId).name());
    }

    private static String key(Ward ward, CommunityTeam team) {
        return ward.code() + "/" + team.groupCode();
    }
}
