package vn.ward57.community.domain;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.WardTime;
import vn.ward57.community.CommunityTeam;
import vn.ward57.community.TeamMember;
import vn.ward57.org.Ward;
import vn.ward57.common.table.TableData;

/** The register as files with the headers its imports read, so that an export imports back. */
@Service
@Transactional(readOnly = true)
public class CommunityExportService {

    /** The file offered beside the team members import's form, from the columns it matches. */
    @org.springframework.context.annotation.Bean
    static vn.ward57.common.table.ImportTemplate teamMemberImportTemplate() {
        return vn.ward57.common.table.ImportTemplate.of("mau-thanh-vien-to-cong-nghe-so", TeamFile.MEMBERS);
    }

    /** The file offered beside the community teams import's form, from the columns it matches. */
    @org.springframework.context.annotation.Bean
    static vn.ward57.common.table.ImportTemplate teamImportTemplate() {
        return vn.ward57.common.table.ImportTemplate.of("mau-to-cong-nghe-so", TeamFile.TEAMS);
    }

    private final CommunityTeamRepository teams;
    private final TeamMemberRepository members;

    CommunityExportService(CommunityTeamRepository teams, TeamMemberRepository members) {
        this.teams = teams;
        this.members = members;
    }

    /** Every team with its current head. */
    public TableData teams(Ward ward) {
        List<List<Object>> rows = new ArrayList<>();
        for (CommunityTeam t : teams.list(ward.id().value(), WardTime.today(), null, null)) {
            rows.add(row(t.groupCode(), t.name(), t.foundedOn(), t.headName(), t.headPhone(), t.dissolvedOn(),
                    t.note()));
        }
        return new TableData("to-cong-nghe-so-" + ward.code(), TeamFile.headers(TeamFile.TEAMS), rows);
    }

    /** Every member of every team, those who left too. */
    public TableData members(Ward ward) {
        List<List<Object>> rows = new ArrayList<>();
        for (var gm : members.ofWard(ward.id().value())) {
            TeamMember m = gm.member();
            rows.add(row(gm.groupCode(), m.fullName(), TeamFile.label(m.role()), m.phone(), m.joinedOn(),
                    m.leftOn()));
        }
        return new TableData("thanh-vien-to-cong-nghe-so-" + ward.code(), TeamFile.headers(TeamFile.MEMBERS), rows);
    }

    /** A row that may hold empty cells (List.of refuses nulls). */
    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }
}
