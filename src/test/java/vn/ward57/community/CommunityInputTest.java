package vn.ward57.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.delete;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ward57.Ward57Test;

/** Bad input is refused with a Vietnamese message naming the field and the cause, and nothing is written. */
@Ward57Test
class CommunityInputTest {

    static final String WARD = "cd-sai";
    static final String BASE = "/api/v1/wards/" + WARD;
    static final String OFFICER = "canbo." + WARD;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ward() throws Exception {
        CommunityWards.create(mvc, jdbc, WARD, "Phường Nhập Sai", 3);
    }

    @Test
    void aTeamForAGroupOfAnotherWardIsRefusedAndNothingWritten() throws Exception {
        // tdp-001 is a group of an-hai, not of this ward
        createTeam("tdp-001", "Tổ lạ", "2026-01-05").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("residentialGroup"))
                .andExpect(jsonPath("$.errors[0].message").value("Tổ dân phố „tdp-001“ không thuộc Phường Nhập Sai."))
                .andExpect(jsonPath("$.detail").value("Tổ dân phố „tdp-001“ không thuộc Phường Nhập Sai."));
        createTeam("", "Tổ không tên", "2026-01-05").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Tổ dân phố không được để trống."));
        assertThat(teams()).isZero();
    }

    @Test
    void aSecondTeamForTheSameGroupIsRefused() throws Exception {
        long id = id(createTeam("g-01", "Tổ công nghệ số tổ 1", "2026-01-05").andExpect(status().isCreated()));
        createTeam("g-01", "Tổ thứ hai", "2026-02-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("residentialGroup"))
                .andExpect(jsonPath("$.detail").value("Tổ dân phố „g-01“ đã có tổ công nghệ số cộng đồng "
                        + "„Tổ công nghệ số tổ 1“; mỗi tổ dân phố chỉ có một tổ."));
        // moving another team onto that group is refused the same way
        long other = id(createTeam("g-02", "Tổ công nghệ số tổ 2", "2026-01-05").andExpect(status().isCreated()));
        mvc.perform(put(OFFICER, BASE + "/community-teams/" + other,
                        "{\"residentialGroup\":\"g-01\",\"name\":\"Tổ 2\",\"foundedOn\":\"2026-01-05\"}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select name from community_team where id = ?").param(other).query(String.class).single())
                .isEqualTo("Tổ công nghệ số tổ 2");
        mvc.perform(delete(OFFICER, BASE + "/community-teams/" + other)).andExpect(status().isNoContent());
        mvc.perform(delete(OFFICER, BASE + "/community-teams/" + id)).andExpect(status().isNoContent());
        assertThat(teams()).isZero();
    }

    @Test
    void aTeamHasOneHeadAtATime() throws Exception {
        long team = id(createTeam("g-03", "Tổ công nghệ số tổ 3", "2025-01-01").andExpect(status().isCreated()));
        String members = BASE + "/community-teams/" + team + "/members";
        long head = id(mvc.perform(post(OFFICER, members, member("Nguyễn Văn An", "HEAD", "2025-01-01", null)))
                .andExpect(status().isCreated()));
        mvc.perform(post(OFFICER, members, member("Trần Văn Bình", "HEAD", "2026-01-01", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"))
                .andExpect(jsonPath("$.detail").value("Tổ „Tổ công nghệ số tổ 3“ đã có tổ trưởng Nguyễn Văn An trong "
                        + "cùng thời gian; mỗi tổ chỉ có một tổ trưởng đang hoạt động. Hãy ghi ngày rời tổ cho tổ "
                        + "trưởng cũ trước."));
        // a member cannot be made head beside him either
        long member = id(mvc.perform(post(OFFICER, members, member("Lê Thị Chi", "MEMBER", "2025-02-01", null)))
                .andExpect(status().isCreated()));
        mvc.perform(put(OFFICER, members + "/" + member, member("Lê Thị Chi", "HEAD", "2025-02-01", null)))
                .andExpect(status().isBadRequest());
        assertThat(heads(team)).isOne();
        // once the first head left on 31/12/2025, the new one may start on 01/01/2026
        mvc.perform(put(OFFICER, members + "/" + head, member("Nguyễn Văn An", "HEAD", "2025-01-01", "2025-12-31")))
                .andExpect(status().isOk());
        mvc.perform(post(OFFICER, members, member("Trần Văn Bình", "HEAD", "2026-01-01", null)))
                .andExpect(status().isCreated());
        // but not from a day the first was still head
        mvc.perform(put(OFFICER, members + "/" + member, member("Lê Thị Chi", "HEAD", "2025-12-30", "2025-12-31")))
                .andExpect(status().isBadRequest());
        assertThat(heads(team)).isEqualTo(2);
    }

    @Test
    void badMembersAndActivitiesAreRefusedByField() throws Exception {
        long team = id(createTeam("g-02", "Tổ kiểm tra", "2025-01-01").andExpect(status().isCreated()));
        String members = BASE + "/community-teams/" + team + "/members";
        String activities = BASE + "/community-teams/" + team + "/activities";
        mvc.perform(post(OFFICER, members, member("Phan Văn Dũng", "MEMBER", "2025-02-30", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("joinedOn"))
                .andExpect(jsonPath("$.detail").value("Ngày tham gia „2025-02-30“ không phải ngày hợp lệ; "
                        + "ghi dạng 2026-01-15 hoặc 15/01/2026."));
        mvc.perform(post(OFFICER, members, member("Phan Văn Dũng", "MEMBER", "2025-03-01", "2025-02-01")))
                .andExpect(jsonPath("$.errors[0].field").value("leftOn"))
                .andExpect(jsonPath("$.detail").value("Ngày rời tổ không được trước ngày tham gia."));
        mvc.perform(post(OFFICER, members, member("Phan Văn Dũng", "LEADER", "2025-03-01", null)))
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        mvc.perform(post(OFFICER, members, """
                {"fullName":"Phan Văn Dũng","role":"MEMBER","phone":"0905-123-456","joinedOn":"2025-03-01"}
                """)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("phone"))
                .andExpect(jsonPath("$.detail").value("Số điện thoại „0905-123-456“ không hợp lệ: chỉ gồm chữ số, "
                        + "dấu cách và dấu +, tối đa 20 ký tự."));
        mvc.perform(post(OFFICER, members, """
                {"fullName":"Phan Văn Dũng","role":"MEMBER","phone":"+84 905 123 456 789 01","joinedOn":"2025-03-01"}
                """)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("phone"));
        mvc.perform(post(OFFICER, activities, """
                {"heldOn":"2026-03-01","description":"Hướng dẫn VNeID","residentsHelped":-5}
                """)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("residentsHelped"))
                .andExpect(jsonPath("$.detail").value("Số người dân được hỗ trợ không được là số âm (đã ghi -5)."));
        mvc.perform(post(OFFICER, activities, """
                {"heldOn":"01/13/2026","description":"Hướng dẫn VNeID","residentsHelped":5}
                """)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("heldOn"));
        mvc.perform(post(OFFICER, activities, "{\"heldOn\":\"2026-03-01\",\"residentsHelped\":5}"))
                .andExpect(jsonPath("$.detail").value("Nội dung hoạt động không được để trống."));
        mvc.perform(put(OFFICER, BASE + "/community-teams/" + team,
                        "{\"residentialGroup\":\"g-02\",\"name\":\"Tổ kiểm tra\",\"foundedOn\":\"2025-01-01\","
                                + "\"dissolvedOn\":\"2024-12-31\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dissolvedOn"));
        assertThat(jdbc.sql("select count(*) from community_team_member where team_id = ?").param(team)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from community_team_activity where team_id = ?").param(team)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select dissolved_on is null from community_team where id = ?").param(team)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(delete(OFFICER, BASE + "/community-teams/" + team)).andExpect(status().isNoContent());
    }

    @Test
    void aTeamOfAnotherWardIsNotFoundHereAndItsUsersAreRefused() throws Exception {
        long anHai = jdbc.sql("select t.id from community_team t join ward w on w.id = t.ward_id"
                + " where w.code = 'an-hai' limit 1").query(Long.class).single();
        mvc.perform(get("admin", BASE + "/community-teams/" + anHai)).andExpect(status().isNotFound());
        mvc.perform(get("canbo.anhai", BASE + "/community-teams")).andExpect(status().isForbidden());
        mvc.perform(post("canbo.anhai", BASE + "/community-teams", "{}")).andExpect(status().isForbidden());
    }

    @Test
    void theChecklistIsKeptByManagersAndAnsweredOnlyWithItsCriteria() throws Exception {
        String criteria = BASE + "/digital-group-criteria";
        // an officer of one unit enters the assessments but does not keep the checklist
        mvc.perform(post("vh." + WARD, criteria, "{\"code\":\"X1\",\"name\":\"Tiêu chí\"}"))
                .andExpect(status().isForbidden());
        long x1 = id(mvc.perform(post("lanhdao." + WARD, criteria, "{\"code\":\"X1\",\"name\":\"Có nhóm Zalo\"}"))
                .andExpect(status().isCreated()));
        mvc.perform(post("lanhdao." + WARD, criteria, "{\"code\":\"X1\",\"name\":\"Trùng\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("Phường đã có tiêu chí mã „X1“."));
        mvc.perform(post("lanhdao." + WARD, criteria, "{\"code\":\"có dấu\",\"name\":\"Sai mã\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
        String assess = BASE + "/digital-groups/g-01/2026S1";
        mvc.perform(put(OFFICER, assess, "{\"met\":{\"X9\":true}}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("„X9“ không phải tiêu chí đang áp dụng của phường."));
        mvc.perform(put(OFFICER, assess, "{\"met\":{}}")).andExpect(status().isBadRequest());
        mvc.perform(put(OFFICER, BASE + "/digital-groups/g-01/2026H1", "{\"met\":{\"X1\":true}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
        mvc.perform(put(OFFICER, BASE + "/digital-groups/tdp-001/2026S1", "{\"met\":{\"X1\":true}}"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from digital_group_assessment where criterion_id = ?").param(x1)
                .query(Long.class).single()).isZero();
        mvc.perform(put("vh." + WARD, assess, "{\"met\":{\"X1\":true},\"note\":\"Đạt\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.meetsAll").value(true)).andExpect(jsonPath("$.note").value("Đạt"));
        // an answered criterion stays; it can only stop being applied
        mvc.perform(delete("lanhdao." + WARD, criteria + "/" + x1)).andExpect(status().isConflict());
    }

    private ResultActions createTeam(String group, String name, String founded) throws Exception {
        return mvc.perform(post(OFFICER, BASE + "/community-teams", """
                {"residentialGroup":"%s","name":"%s","foundedOn":"%s"}
                """.formatted(group, name, founded)));
    }

    private static String member(String name, String role, String joined, String left) {
        return """
                {"fullName":"%s","role":"%s","phone":"0905 123 456","joinedOn":"%s","leftOn":%s}
                """.formatted(name, role, joined, left == null ? "null" : "\"" + left + "\"");
    }

    private static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    private long teams() {
        return jdbc.sql("select count(*) from community_team t join ward w on w.id = t.ward_id where w.code = ?")
                .param(WARD).query(Long.class).single();
    }

    private long heads(long team) {
        return jdbc.sql("select count(*) from community_team_member where team_id = ? and role = 'HEAD'")
                .param(team).query(Long.class).single();
    }
}
