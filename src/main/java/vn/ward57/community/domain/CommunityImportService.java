package vn.ward57.community.domain;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.common.WardTime;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.common.table.TableImport;
import vn.ward57.common.web.Messages;
import vn.ward57.community.CommunityTeam;
import vn.ward57.community.MemberRole;
import vn.ward57.community.TeamMember;
import vn.ward57.org.ResidentialGroup;
import vn.ward57.org.ResidentialGroupService;
import vn.ward57.org.Ward;

/**
 * The register's files read all or nothing: teams with their head, and members of existing teams.
 * Every faulty cell of a file is listed (a group of another ward, a group that has a team already,
 * a second head, …) and then nothing is written; a good file is written in one transaction, in the
 * background (the ward's imports one after the other).
 */
@Service
@Transactional(readOnly = true)
public class CommunityImportService {

    /** Rows written per statement. */
    public static final int BATCH = 1_000;

    private final ResidentialGroupService groups;
    private final CommunityTeamRepository teams;
    private final TeamMemberRepository members;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final RegisterImports imports;

    CommunityImportService(ResidentialGroupService groups,
                           CommunityTeamRepository teams, TeamMemberRepository members, Messages messages,
                           ApplicationEventPublisher events, RegisterImports imports) {
        this.imports = imports;
        this.groups = groups;
        this.teams = teams;
        this.members = members;
        this.messages = messages;
        this.events = events;
    }

    private record NewTeam(String groupCode, CommunityTeamRepository.Values team, String head, String phone) {
    }

    /**
     * Accepts a file of teams with their head (who joins on the day the team was founded) and queues its
     * import (in the background, after the ward's earlier imports): all written, or none. Teams belong to no
     * unit: whoever keeps them one by one may import them.
     */
    @PreAuthorize("@access.enterData(#ward)")
    public RegisterImport importTeams(Ward ward, MultipartFile file) {
        return imports.start(ward.id().value(), "community-team", "community.teams-imported", file,
                (name, path) -> writeTeams(ward, name, path));
    }

    /**
     * Accepts a file of members of the ward's existing teams and queues its import (in the background,
     * after the ward's earlier imports): all written, or none.
     */
    @PreAuthorize("@access.enterData(#ward)")
    public RegisterImport importMembers(Ward ward, MultipartFile file) {
        return imports.start(ward.id().value(), "community-member", "community.members-imported", file,
                (name, path) -> writeMembers(ward, name, path));
    }

    private long writeTeams(Ward ward, String fileName, Path content) {
        Map<String, ResidentialGroup> byCode = groupsByCode(ward);
        Set<String> withTeam = teams.list(ward.id().value(), WardTime.today(), null, null).stream()
                .map(CommunityTeam::groupCode).collect(Collectors.toSet());
        Map<String, Long> inFile = new HashMap<>();
        List<NewTeam> rows = TableImport.rows(fileName, content, TeamFile.TEAMS, messages, row -> {
            ResidentialGroup group = TeamFile.group(row, ward, byCode);
            if (group != null && withTeam.contains(group.code())) {
                row.fault(TeamFile.GROUP, "community.import-team-exists", group.code());
            } else if (group != null && inFile.putIfAbsent(group.code(), row.number()) != null) {
                row.fault(TeamFile.GROUP, "community.import-group-repeated", group.code(),
                        String.valueOf(inFile.get(group.code())));
            }
            String name = row.text(TeamFile.TEAM);
            LocalDate founded = row.date(TeamFile.FOUNDED);
            LocalDate dissolved = row.date(TeamFile.DISSOLVED);
            if (founded != null && dissolved != null && dissolved.isBefore(founded)) {
                row.fault(TeamFile.DISSOLVED, "community.dissolved-before-founded");
            }
            String head = row.text(TeamFile.HEAD);
            String phone = TeamFile.phone(row, TeamFile.HEAD_PHONE);
            if (phone != null && head == null) {
                row.fault(TeamFile.HEAD_PHONE, "community.import-phone-without-head");
            }
            return new NewTeam(group == null ? null : group.code(), new CommunityTeamRepository.Values(
                    group == null ? 0 : group.id(), name, founded, dissolved, row.text(TeamFile.NOTE)), head, phone);
        });
        long wardId = ward.id().value();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<NewTeam> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            Map<Long, Long> ids = teams.insert(wardId, batch.stream().map(NewTeam::team).toList());
            members.insert(wardId, batch.stream().filter(t -> t.head() != null)
                    .map(t -> new TeamMemberRepository.NewMember(ids.get(t.team().groupId()),
                            new TeamMemberRepository.Values(t.head(), MemberRole.HEAD, t.phone(),
                                    t.team().foundedOn(), null)))
                    .toList());
        }
        // each team as it now stands (with its head), read once for the whole file
        Map<String, CommunityTeam> written = teams.list(wardId, WardTime.today(), null, null).stream()
                .collect(Collectors.toMap(CommunityTeam::groupCode, Function.identity()));
        for (NewTeam t : rows) {
            events.publishEvent(ChangeRecorded.created("community_team", ward.code() + "/" + t.groupCode(),
                    ward.provinceId(), wardId, written.get(t.groupCode())));
        }
        return rows.size();
    }

    private long writeMembers(Ward ward, String fileName, Path content) {
        Map<String, ResidentialGroup> byCode = groupsByCode(ward);
        Map<String, CommunityTeam> teamOf = teams.list(ward.id().value(), WardTime.today(), null, null).stream()
                .collect(Collectors.toMap(CommunityTeam::groupCode, Function.identity()));
        Set<String> known = new HashSet<>();
        Map<Long, List<TeamMember>> heads = new HashMap<>();
        for (var gm : members.ofWard(ward.id().value())) {
            known.add(key(gm.member().teamId(), gm.member().fullName(), gm.member().joinedOn()));
            if (gm.member().role() == MemberRole.HEAD) {
                heads.computeIfAbsent(gm.member().teamId(), k -> new ArrayList<>()).add(gm.member());
            }
        }
        List<TeamMemberRepository.NewMember> rows = TableImport.rows(fileName, content, TeamFile.MEMBERS, messages,
                row -> {
            ResidentialGroup group = TeamFile.group(row, ward, byCode);
            CommunityTeam team = group == null ? null : teamOf.get(group.code());
            if (group != null && team == null) {
                row.fault(TeamFile.GROUP, "community.import-no-team", group.code());
            }
            String name = row.text(TeamFile.NAME);
            MemberRole role = row.choice(TeamFile.ROLE, TeamFile.ROLES);
            String phone = TeamFile.phone(row, TeamFile.PHONE);
            LocalDate joined = row.date(TeamFile.JOINED);
            LocalDate left = row.date(TeamFile.LEFT);
            if (joined != null && left != null && left.isBefore(joined)) {
                row.fault(TeamFile.LEFT, "community.left-before-joined");
            }
            if (team != null && name != null && joined != null && !known.add(key(team.id(), name, joined))) {
                row.fault(TeamFile.NAME, "community.import-member-exists", name, group.code());
            }
            var member = new TeamMember(0, team == null ? 0 : team.id(), name, role, phone, joined, left);
            if (team != null && role == MemberRole.HEAD && joined != null) {
                List<TeamMember> teamHeads = heads.computeIfAbsent(team.id(), k -> new ArrayList<>());
                teamHeads.stream().filter(h -> overlap(h, member)).findFirst().ifPresentOrElse(
                        other -> row.fault(TeamFile.ROLE, "community.second-head", team.name(), other.fullName()),
                        () -> teamHeads.add(member));
            }
            return new TeamMemberRepository.NewMember(member.teamId(),
                    new TeamMemberRepository.Values(name, role, phone, joined, left));
        });
        for (int from = 0; from < rows.size(); from += BATCH) {
            var batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            for (TeamMember m : members.insert(ward.id().value(), batch)) {
                events.publishEvent(ChangeRecorded.created("community_team_member", String.valueOf(m.id()), ward,
                        new TeamMemberRepository.Values(m.fullName(), m.role(), m.phone(), m.joinedOn(), m.leftOn())));
            }
        }
        return rows.size();
    }

    private Map<String, ResidentialGroup> groupsByCode(Ward ward) {
        return groups.list(ward).stream().collect(Collectors.toMap(ResidentialGroup::code, Function.identity()));
    }

    /** Two times in a team, [joined, left), that share a day. */
    private static boolean overlap(TeamMember a, TeamMember b) {
        return (b.leftOn() == null || a.joinedOn().isBefore(b.leftOn()))
                && (a.leftOn() == null || a.leftOn().isAfter(b.joinedOn()));
    }

    private static String key(long teamId, String name, LocalDate joined) {
        return teamId + "|" + name + "|" + joined;
    }
}
