package vn.ward57.community.domain;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.database.VersionedRecords;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.community.CommunityTeam;
import vn.ward57.community.MemberForm;
import vn.ward57.community.MemberRole;
import vn.ward57.community.TeamMember;
import vn.ward57.org.Ward;

/** The members of a team: one head at a time, the others members. */
@Service
@Transactional(readOnly = true)
public class TeamMemberService {

    private final CommunityTeamService teams;
    private final TeamMemberRepository members;
    private final VersionedRecords.Kind<TeamMember> records;

    TeamMemberService(CommunityTeamService teams, TeamMemberRepository members, VersionedRecords versioned) {
        this.teams = teams;
        this.members = members;
        this.records = versioned.unversioned("community_team_member");
    }

    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public TeamMember add(Ward ward, long teamId, MemberForm form) {
        CommunityTeam team = teams.team(ward, teamId);
        var values = values(form);
        checkOneHead(team, null, values);
        long id = members.insert(ward.id().value(), teamId, values);
        return records.created(ward, id, members.find(teamId, id).orElseThrow());
    }

    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public TeamMember update(Ward ward, long teamId, long memberId, MemberForm form) {
        CommunityTeam team = teams.team(ward, teamId);
        TeamMember before = member(teamId, memberId);
        var values = values(form);
        checkOneHead(team, memberId, values);
        members.update(memberId, values);
        return records.updated(ward, memberId, before,
                members.find(teamId, memberId).orElseThrow());
    }

    /** Removes a member entered by mistake; one who left keeps their record with the day they left. */
    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public void remove(Ward ward, long teamId, long memberId) {
        teams.team(ward, teamId);
        TeamMember member = member(teamId, memberId);
        members.delete(memberId);
        records.deleted(ward, memberId, member);
    }

    private TeamMember member(long teamId, long memberId) {
        return members.find(teamId, memberId).orElseThrow(
                () -> new NotFoundException("community.member-not-found", null, String.valueOf(memberId)));
    }

    /** A head whose time in the team overlaps another head's is refused, naming the other. */
    private void checkOneHead(CommunityTeam team, Long memberId, TeamMemberRepository.Values v) {
        if (v.role() != MemberRole.HEAD) {
            return;
        }
        members.overlappingHeads(team.id(), memberId, v.joinedOn(), v.leftOn()).stream().findFirst()
                .ifPresent(other -> {
                    throw new InvalidInputException("community.second-head", "role", team.name(),
                            other.fullName());
                });
    }

    private static TeamMemberRepository.Values values(MemberForm form) {
        String name = Input.text(form.fullName(), "fullName", 200, true);
        MemberRole role = role(form.role());
        String phone = Input.phone(form.phone(), "phone");
        LocalDate joined = Input.date(form.joinedOn(), "joinedOn", true);
        LocalDate left = Input.date(form.leftOn(), "leftOn", false);
        if (left != null && left.isBefore(joined)) {
            throw new InvalidInputException("community.left-before-joined", "leftOn");
        }
        return new TeamMemberRepository.Values(name, role, phone, joined, left);
    }

    private static MemberRole role(String text) {
        String role = Input.text(text, "role", 20, true);
        try {
            return MemberRole.valueOf(role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("community.bad-role", "role", role);
        }
    }
}
