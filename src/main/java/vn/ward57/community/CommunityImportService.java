package vn.ward57.community;

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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.WardTime;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.table.TableImport;
import vn.ward57.common.table.TableRow;
import vn.ward57.common.web.Messages;
import vn.ward57.community.domain.CommunityTeamRepository;
import vn.ward57.community.domain.TeamMemberRepository;
import vn.ward57.org.ResidentialGroup;
import vn.ward57.org.ResidentialGroupService;
import vn.ward57.org.Ward;

/**
 * The register's files read all or nothing: teams with their head, and members of existing teams.
 * Every faulty cell of a file is listed (a group of another ward, a group that has a team already,
 * a second head, …) and then nothing is written; a good file is written in one transaction.
 */
@Service
@Transactional(readOnly = true)
public class CommunityImportService {

    private final CommunityTeamService teamService;
    private final ResidentialGroupService groups;
    private final CommunityTeamRepository teams;
    private final TeamMemberRepository members;
    private final Messages messages;
    private final ApplicationEventPublisher events;

    CommunityImportService(CommunityTeamService teamService, ResidentialGroupService groups,
                           CommunityTeamRepository teams, TeamMemberRepository members, Messages messages,
                           ApplicationEventPublisher events) {
        this.teamService = teamService;
        this.groups = groups;
        this.teams = teams;
        this.members = members;
        this.messages = messages;
        this.events = events;
    }

    private record NewTeam(String groupCode, CommunityTeamRepository.Values team, String head, String phone) {
    }

    private record NewMember(long teamId, TeamMemberRepository.Values member) {
    }

    /** Teams with their head (who joins on the day the team was founded); answers how many were written. */
    @Transactional
    public int importTeams(String wardCode, String fileName, byte[] content) {
        Ward ward = teamService.writable(wardCode);
        Map<String, ResidentialGroup> byCode = groupsByCode(wardCode);
        Set<String> withTeam = teams.list(ward.id().value(), WardTime.today(), null, null).stream()
                .map(CommunityTeam::groupCode).collect(Collectors.toSet());
        Map<String, Long> inFile = new HashMap<>();
        List<NewTeam> rows = TableImport.rows(fileName, required(content), TeamFile.TEAMS, messages, row -> {
            ResidentialGroup group = group(row, ward, byCode);
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
            String phone = phone(row, TeamFile.HEAD_PHONE);
            if (phone != null && head == null) {
                row.fault(TeamFile.HEAD_PHONE, "community.import-phone-without-head");
            }
            return new NewTeam(group == null ? null : group.code(), new CommunityTeamRepository.Values(
                    group == null ? 0 : group.id(), name, founded, dissolved, row.text(TeamFile.NOTE)), head, phone);
        });
        for (NewTeam t : rows) {
            long id = teams.insert(ward.id().value(), t.team());
            if (t.head() != null) {
                members.insert(ward.id().value(), id, new TeamMemberRepository.Values(t.head(), MemberRole.HEAD,
                        t.phone(), t.team().foundedOn(), null));
            }
            events.publishEvent(ChangeRecorded.created("community_team", ward.code() + "/" + t.groupCode(),
                    ward.provinceId(), ward.id().value(), teamService.team(ward, id)));
        }
        return rows.size();
    }

    /** Members of the ward's existing teams; answers how many were written. */
    @Transactional
    public int importMembers(String wardCode, String fileName, byte[] content) {
        Ward ward = teamService.writable(wardCode);
        Map<String, ResidentialGroup> byCode = groupsByCode(wardCode);
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
        List<NewMember> rows = TableImport.rows(fileName, required(content), TeamFile.MEMBERS, messages, row -> {
            ResidentialGroup group = group(row, ward, byCode);
            CommunityTeam team = group == null ? null : teamOf.get(group.code());
            if (group != null && team == null) {
                row.fault(TeamFile.GROUP, "community.import-no-team", group.code());
            }
            String name = row.text(TeamFile.NAME);
            MemberRole role = row.choice(TeamFile.ROLE, TeamFile.ROLES);
            String phone = phone(row, TeamFile.PHONE);
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
            return new NewMember(member.teamId(), new TeamMemberRepository.Values(name, role, phone, joined, left));
        });
        for (NewMember m : rows) {
            long id = members.insert(ward.id().value(), m.teamId(), m.member());
            events.publishEvent(ChangeRecorded.created("community_team_member", String.valueOf(id),
                    ward.provinceId(), ward.id().value(), m.member()));
        }
        return rows.size();
    }

    private Map<String, ResidentialGroup> groupsByCode(String wardCode) {
        return groups.list(wardCode).stream().collect(Collectors.toMap(ResidentialGroup::code, Function.identity()));
    }

    /** The row's residential group; a code the ward does not have is a fault naming the ward. */
    private static ResidentialGroup group(TableRow row, Ward ward, Map<String, ResidentialGroup> byCode) {
        String code = row.text(TeamFile.GROUP);
        ResidentialGroup group = code == null ? null : byCode.get(code);
        if (code != null && group == null) {
            row.fault(TeamFile.GROUP, "community.group-foreign", code, ward.name());
        }
        return group;
    }

    private static String phone(TableRow row, vn.ward57.common.table.TableColumn column) {
        String phone = TeamFile.phone(row.text(column));
        if (phone != null && !Input.validPhone(phone)) {
            row.fault(column, "community.bad-phone", phone);
        }
        return phone;
    }

    /** Two times in a team, [joined, left), that share a day. */
    private static boolean overlap(TeamMember a, TeamMember b) {
        return (b.leftOn() == null || a.joinedOn().isBefore(b.leftOn()))
                && (a.leftOn() == null || a.leftOn().isAfter(b.joinedOn()));
    }

    private static String key(long teamId, String name, LocalDate joined) {
        return teamId + "|" + name + "|" + joined;
    }

    private static byte[] required(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("community.file-required", "file");
        }
        return content;
    }
}
