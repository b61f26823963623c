package vn.ward57.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;
import vn.ward57.community.domain.CommunityImportService;

/**
 * The register's files: a file with faulty rows is refused whole with every fault listed; a good one
 * is written; an export imports back into another ward as the same register. Wards cd-nhap (where
 * files are imported), cd-nhan (receives cd-nhap's export) and cd-chep (members only).
 */
@Ward57Test
class CommunityImportTest {

    static final String TEAMS = """
            Mã tổ dân phố,Tên tổ công nghệ số,Ngày thành lập,Tổ trưởng,Điện thoại tổ trưởng,Ngày giải thể,Ghi chú
            g-01,Tổ công nghệ số tổ 1,15/03/2025,Nguyễn Văn An,+84 905 111 222,,Ra mắt cùng Đoàn thanh niên
            g-02,Tổ công nghệ số tổ 2,2025-03-20,Trần Thị Bình,0905 333 444,31/12/2025,
            g-03,Tổ công nghệ số tổ 3,1/4/2025,,,,
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void wards() throws Exception {
        CommunityWards.create(mvc, jdbc, "cd-nhap", "Phường Nhập Tệp", 5);
        CommunityWards.create(mvc, jdbc, "cd-nhan", "Phường Nhận Tệp", 5);
        CommunityWards.create(mvc, jdbc, "cd-chep", "Phường Chép Tệp", 5);
    }

    @Test
    void aFileWithFaultyRowsIsRefusedWholeWithEveryFault() throws Exception {
        String csv = """
                Mã tổ dân phố,Tên tổ công nghệ số,Ngày thành lập,Tổ trưởng,Điện thoại tổ trưởng
                g-04,Tổ công nghệ số tổ 4,15/03/2025,Lê Văn Cường,0905 555 666
                tdp-001,Tổ lạ,15/03/2025,,
                g-04,Tổ trùng,16/03/2025,,
                g-05,,31/02/2025,,0905-777
                """;
        long teams = count("community_team", "cd-nhap");
        long members = count("community_team_member", "cd-nhap");
        importFile("cd-nhap", "community-team-imports", "to.csv", csv).andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.kind").value("community-team"))
                .andExpect(jsonPath("$.errorTotal").value(6))
                .andExpect(jsonPath("$.message").value("Tệp có 3 dòng lỗi (6 lỗi); chưa ghi dòng nào. "
                        + "Sửa các ô được chỉ ra rồi nhập lại."))
                .andExpect(jsonPath("$.errors[*].row").value(contains(3, 4, 5, 5, 5, 5)))
                .andExpect(jsonPath("$.errors[*].column").value(contains("Mã tổ dân phố", "Mã tổ dân phố",
                        "Tên tổ công nghệ số", "Ngày thành lập", "Điện thoại tổ trưởng", "Điện thoại tổ trưởng")))
                .andExpect(jsonPath("$.errors[0].message").value("Tổ dân phố „tdp-001“ không thuộc Phường Nhập Tệp."))
                .andExpect(jsonPath("$.errors[1].message")
                        .value("Tổ dân phố „g-04“ đã có ở dòng 2 của tệp; mỗi tổ dân phố chỉ có một tổ."))
                .andExpect(jsonPath("$.errors[3].value").value("31/02/2025"))
                .andExpect(jsonPath("$.errors[4].message").value("Số điện thoại „0905-777“ không hợp lệ: chỉ gồm "
                        + "chữ số, dấu cách và dấu +, tối đa 20 ký tự."))
                .andExpect(jsonPath("$.errors[5].message").value("Có số điện thoại nhưng không có họ tên tổ trưởng."));
        // not even the good row 2 (g-04) was written
        assertThat(count("community_team", "cd-nhap")).isEqualTo(teams);
        assertThat(count("community_team_member", "cd-nhap")).isEqualTo(members);
        importFile("cd-nhap", "community-team-imports", "to.txt", csv).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        long queued = jdbc.sql("select count(*) from register_import").query(Long.class).single();
        for (String route : new String[] {"community-team-imports", "community-team-member-imports"}) {
            mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/cd-nhap/" + route)
                            .with(httpBasic("canbo.cd-nhap", Api.PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value("Hãy chọn tệp CSV hoặc XLSX để nhập."));
            // an officer of another ward is refused before the file is looked at
            importFile("cd-nhap", route, "to.csv", csv, "canbo.anhai").andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from register_import").query(Long.class).single()).isEqualTo(queued);
    }

    @Test
    void goodFilesAreWrittenThenExportedAndImportedBackIntoAnotherWard() throws Exception {
        importFile("cd-nhap", "community-team-imports", "to.csv", TEAMS).andExpect(jsonPath("$.status").value("SUCCEEDED"))
                .andExpect(jsonPath("$.rowsImported").value(3))
                .andExpect(jsonPath("$.message").value("Đã nhập 3 tổ công nghệ số cộng đồng."));
        // heads join on the day their team was founded; tổ 3 has no head yet
        mvc.perform(get("canbo.cd-nhap", "/api/v1/wards/cd-nhap/community-teams"))
                .andExpect(jsonPath("$[*].groupCode").value(contains("g-01", "g-02", "g-03")))
                .andExpect(jsonPath("$[0].headName").value("Nguyễn Văn An"))
                .andExpect(jsonPath("$[0].headPhone").value("+84 905 111 222"))
                .andExpect(jsonPath("$[0].note").value("Ra mắt cùng Đoàn thanh niên"))
                .andExpect(jsonPath("$[1].dissolvedOn").value("2025-12-31"))
                .andExpect(jsonPath("$[2].headName").isEmpty());
        // importing the same teams again: each group has its team already
        importFile("cd-nhap", "community-team-imports", "to.csv", TEAMS).andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.errors[0].message").value("Tổ dân phố „g-01“ đã có tổ công nghệ số cộng đồng."));

        String members = """
                Mã tổ dân phố,Họ và tên,Vai trò,Số điện thoại,Ngày tham gia,Ngày rời tổ
                g-01,Phạm Văn Đức,Thành viên,0935 000 111,01/04/2025,
                g-01,Hoàng Thị Em,Tổ trưởng,,01/05/2025,
                g-03,Võ Văn Phúc,Tổ trưởng,0935 000 222,01/04/2025,
                g-03,Đặng Thị Giang,Tổ trưởng,,01/06/2025,
                g-05,Bùi Văn Hải,Thành viên,,01/04/2025,
                g-02,Ngô Thị Lan,phó tổ,,01/04/2025,
                """;
        importFile("cd-nhap", "community-team-member-imports", "tv.csv", members)
                .andExpect(jsonPath("$.status").value("FAILED")).andExpect(jsonPath("$.kind").value("community-member"))
                .andExpect(jsonPath("$.errorTotal").value(4))
                .andExpect(jsonPath("$.errors[*].row").value(contains(3, 5, 6, 7)))
                .andExpect(jsonPath("$.errors[0].message").value("Tổ „Tổ công nghệ số tổ 1“ đã có tổ trưởng "
                        + "Nguyễn Văn An trong cùng thời gian; mỗi tổ chỉ có một tổ trưởng đang hoạt động. "
                        + "Hãy ghi ngày rời tổ cho tổ trưởng cũ trước."))
                .andExpect(jsonPath("$.errors[1].message").value("Tổ „Tổ công nghệ số tổ 3“ đã có tổ trưởng "
                        + "Võ Văn Phúc trong cùng thời gian; mỗi tổ chỉ có một tổ trưởng đang hoạt động. "
                        + "Hãy ghi ngày rời tổ cho tổ trưởng cũ trước."))
                .andExpect(jsonPath("$.errors[2].message").value("Tổ dân phố „g-05“ chưa có tổ công nghệ số "
                        + "cộng đồng; hãy nhập tổ trước."))
                .andExpect(jsonPath("$.errors[3].column").value("Vai trò"));
        assertThat(count("community_team_member", "cd-nhap")).isEqualTo(2);
        String good = """
                Mã tổ dân phố,Họ và tên,Vai trò,Số điện thoại,Ngày tham gia,Ngày rời tổ
                g-01,Phạm Văn Đức,Thành viên,0935 000 111,01/04/2025,
                g-03,Võ Văn Phúc,Tổ trưởng,0935 000 222,01/04/2025,31/05/2025
                g-03,Đặng Thị Giang,tổ trưởng,,01/06/2025,
                g-02,Ngô Thị Lan,MEMBER,,01/04/2025,
                """;
        importFile("cd-nhap", "community-team-member-imports", "tv.csv", good)
                .andExpect(jsonPath("$.status").value("SUCCEEDED")).andExpect(jsonPath("$.rowsImported").value(4))
                .andExpect(jsonPath("$.message").value("Đã nhập 4 thành viên."));
        importFile("cd-nhap", "community-team-member-imports", "tv.csv", good).andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.errors[0].message").value("„Phạm Văn Đức“ đã là thành viên của tổ ở tổ dân "
                        + "phố „g-01“ từ cùng ngày."));

        // the export imports back: teams into cd-nhan as CSV, members into cd-chep (teams made there) as XLSX
        byte[] teams = export("cd-nhap", "community-teams.csv");
        assertThat(new String(teams, StandardCharsets.UTF_8)).contains("g-01,Tổ công nghệ số tổ 1,15/3/2025,"
                + "Nguyễn Văn An,'+84 905 111 222,,Ra mắt cùng Đoàn thanh niên");
        importFile("cd-nhan", "community-team-imports", "to.csv", teams).andExpect(jsonPath("$.rowsImported").value(3));
        assertThat(export("cd-nhan", "community-teams.csv")).isEqualTo(teams);
        for (String g : new String[] {"g-01", "g-02", "g-03"}) {
            mvc.perform(post("canbo.cd-chep", "/api/v1/wards/cd-chep/community-teams",
                    "{\"residentialGroup\":\"" + g + "\",\"name\":\"Tổ " + g + "\",\"foundedOn\":\"2025-03-01\"}"))
                    .andExpect(status().isCreated());
        }
        importFile("cd-chep", "community-team-member-imports", "tv.xlsx",
                export("cd-nhap", "community-team-members.xlsx")).andExpect(jsonPath("$.rowsImported").value(6));
        assertThat(new String(export("cd-chep", "community-team-members.csv"), StandardCharsets.UTF_8))
                .isEqualTo(new String(export("cd-nhap", "community-team-members.csv"), StandardCharsets.UTF_8))
                .contains("g-03,Võ Văn Phúc,Tổ trưởng,0935 000 222,01/4/2025,31/5/2025");
    }

    @Test
    void filesOfManyBatchesAreWrittenWholeEachHeadAndMemberWithItsOwnTeam() throws Exception {
        CommunityWards.create(mvc, jdbc, "cd-nhieu", "Phường Nhiều Dòng", 0);
        int groups = CommunityImportService.BATCH + 200;
        jdbc.sql("""
                insert into residential_group (ward_id, code, name, households)
                select w.id, 'g-' || lpad(n::text, 4, '0'), 'Tổ dân phố ' || n, 100
                from ward w cross join generate_series(1, ?) n
                where w.code = 'cd-nhieu' and not exists (select 1 from residential_group g where g.ward_id = w.id)
                """).param(groups).update();
        StringBuilder teams = new StringBuilder("Mã tổ dân phố,Tên tổ công nghệ số,Ngày thành lập,Tổ trưởng\n");
        for (int i = 1; i <= groups; i++) {
            String g = "g-%04d".formatted(i);
            teams.append(g).append(",Tổ ").append(g).append(",01/03/2025,").append(i % 2 == 0 ? "Trưởng " + g : "")
                    .append('\n');
        }
        importFile("cd-nhieu", "community-team-imports", "to.csv", teams.toString())
                .andExpect(jsonPath("$.status").value("SUCCEEDED")).andExpect(jsonPath("$.rowsImported").value(groups))
                .andExpect(jsonPath("$.message").value("Đã nhập 1.200 tổ công nghệ số cộng đồng."));
        assertThat(count("community_team", "cd-nhieu")).isEqualTo(groups);
        // each head in the team of the group named in its row
        assertThat(jdbc.sql("""
                select count(*) from community_team_member m join community_team t on t.id = m.team_id
                join residential_group g on g.id = t.residential_group_id join ward w on w.id = m.ward_id
                where w.code = 'cd-nhieu' and m.role = 'HEAD' and m.full_name = 'Trưởng ' || g.code
                  and m.joined_on = date '2025-03-01' and m.left_on is null
                """).query(Long.class).single()).isEqualTo(groups / 2);
        assertThat(count("community_team_member", "cd-nhieu")).isEqualTo(groups / 2);
        assertThat(audited("community_team", "cd-nhieu")).isEqualTo(groups);
        assertThat(jdbc.sql("""
                select a.after ->> 'headName' from audit_log a join ward w on w.id = a.ward_id
                where w.code = 'cd-nhieu' and a.entity = 'community_team' and a.entity_key = 'cd-nhieu/g-1104'
                """).query(String.class).single()).isEqualTo("Trưởng g-1104");

        int people = CommunityImportService.BATCH + 100;
        StringBuilder members = new StringBuilder("Mã tổ dân phố,Họ và tên,Vai trò,Ngày tham gia\n");
        for (int i = 1; i <= people; i++) {
            String g = "g-%04d".formatted(1 + i % groups);
            members.append(g).append(",Thành viên ").append(i).append(" của ").append(g).append(",Thành viên,01/04/2025\n");
        }
        importFile("cd-nhieu", "community-team-member-imports", "tv.csv", members.toString())
                .andExpect(jsonPath("$.status").value("SUCCEEDED")).andExpect(jsonPath("$.rowsImported").value(people));
        assertThat(jdbc.sql("""
                select count(*) from community_team_member m join community_team t on t.id = m.team_id
                join residential_group g on g.id = t.residential_group_id join ward w on w.id = m.ward_id
                where w.code = 'cd-nhieu' and m.role = 'MEMBER' and m.full_name like '% của ' || g.code
                  and m.joined_on = date '2025-04-01'
                """).query(Long.class).single()).isEqualTo(people);
        assertThat(audited("community_team_member", "cd-nhieu")).isEqualTo(people);
        assertThat(jdbc.sql("""
                select count(*) from audit_log a join ward w on w.id = a.ward_id
                join community_team_member m on m.id::text = a.entity_key
                where w.code = 'cd-nhieu' and a.entity = 'community_team_member' and a.after ->> 'fullName' = m.full_name
                  and a.after ->> 'role' = 'MEMBER' and a.after ->> 'joinedOn' = '2025-04-01'
                """).query(Long.class).single()).isEqualTo(people);
    }

    private ResultActions importFile(String ward, String route, String name, String csv) throws Exception {
        return importFile(ward, route, name, csv.getBytes(StandardCharsets.UTF_8));
    }

    private ResultActions importFile(String ward, String route, String name, byte[] content) throws Exception {
        return importFile(ward, route, name, content, "canbo." + ward);
    }

    private ResultActions importFile(String ward, String route, String name, String csv, String user) throws Exception {
        return importFile(ward, route, name, csv.getBytes(StandardCharsets.UTF_8), user);
    }

    /** Posts the file as the user and follows its import to the end (in the background since issue 21). */
    private ResultActions importFile(String ward, String route, String name, byte[] content, String user)
            throws Exception {
        return Api.importRegister(mvc, user, "/api/v1/wards/" + ward + "/" + route, name, content);
    }

    private byte[] export(String ward, String file) throws Exception {
        return mvc.perform(get("canbo." + ward, "/api/v1/wards/" + ward + "/" + file))
                .andExpect(status().isOk()).andExpect(header().exists("Content-Disposition"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private long audited(String entity, String ward) {
        return jdbc.sql("select count(*) from audit_log a join ward w on w.id = a.ward_id"
                + " where w.code = ? and a.entity = ? and a.action = 'CREATE'").params(ward, entity)
                .query(Long.class).single();
    }

    private long count(String table, String ward) {
        return jdbc.sql("select count(*) from " + table + " t join ward w on w.id = t.ward_id where w.code = ?")
                .param(ward).query(Long.class).single();
    }
}
