package vn.ward57.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

@Ward57Test
class AuditTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void everyChangeIsLoggedWithWhoWhenWardAndBeforeAfter() throws Exception {
        mvc.perform(post("lanhdao.anhai", "/api/v1/wards/an-hai/units", "{\"code\":\"nk-1\",\"name\":\"Tổ nhật ký\"}"))
                .andExpect(status().isCreated());
        mvc.perform(put("lanhdao.anhai", "/api/v1/wards/an-hai/units/nk-1", "{\"name\":\"Tổ nhật ký mới\"}"))
                .andExpect(status().isOk());
        mvc.perform(Api.delete("lanhdao.anhai", "/api/v1/wards/an-hai/units/nk-1")).andExpect(status().isNoContent());

        var rows = jdbc.sql("""
                select a.actor, a.action, a.before ->> 'name' as before_name, a.after ->> 'name' as after_name,
                       w.code as ward
                from audit_log a join ward w on w.id = a.ward_id
                where a.entity = 'unit' and a.entity_key = 'an-hai/nk-1' order by a.id
                """).query().listOfRows();
        assertThat(rows).extracting(r -> r.get("action")).containsExactly("CREATE", "UPDATE", "DELETE");
        assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry("actor", "lanhdao.anhai").containsEntry("ward", "an-hai"));
        assertThat(rows.get(0)).containsEntry("before_name", null).containsEntry("after_name", "Tổ nhật ký");
        assertThat(rows.get(1)).containsEntry("before_name", "Tổ nhật ký").containsEntry("after_name", "Tổ nhật ký mới");
        assertThat(rows.get(2)).containsEntry("before_name", "Tổ nhật ký mới").containsEntry("after_name", null);
    }

    @Test
    void aResidentialGroupsChangesAreLoggedUnderItsWardAndCode() throws Exception {
        String groups = "/api/v1/wards/an-hai/residential-groups";
        mvc.perform(post("lanhdao.anhai", groups, "{\"code\":\"nk-tdp\",\"name\":\"Tổ nhật ký\",\"households\":5}"))
                .andExpect(status().isCreated());
        mvc.perform(put("lanhdao.anhai", groups + "/nk-tdp", "{\"name\":\"Tổ nhật ký mới\",\"households\":6}"))
                .andExpect(status().isOk());
        mvc.perform(Api.delete("lanhdao.anhai", groups + "/nk-tdp")).andExpect(status().isNoContent());
        var rows = jdbc.sql("""
                select a.action, a.before ->> 'name' as before_name, a.after ->> 'households' as after_households
                from audit_log a join ward w on w.id = a.ward_id
                where a.entity = 'residential_group' and a.entity_key = 'an-hai/nk-tdp' and w.code = 'an-hai'
                order by a.id
                """).query().listOfRows();
        assertThat(rows).extracting(r -> r.get("action") + " " + r.get("before_name") + " " + r.get("after_households"))
                .containsExactly("CREATE null 5", "UPDATE Tổ nhật ký 6", "DELETE Tổ nhật ký mới null");
    }

    /** The page shows what changed in words, who by name and when in Vietnam time, not the JSON states. */
    @Test
    void thePageShowsEachChangedFieldInWords() throws Exception {
        String groups = "/api/v1/wards/an-hai/residential-groups";
        mvc.perform(post("lanhdao.anhai", groups, "{\"code\":\"nk-chu\",\"name\":\"Tổ chữ\",\"households\":1200}"))
                .andExpect(status().isCreated());
        mvc.perform(put("lanhdao.anhai", groups + "/nk-chu", "{\"name\":\"Tổ chữ mới\",\"households\":1250}"))
                .andExpect(status().isOk());
        jdbc.sql("update audit_log set at = timestamptz '2026-06-05 18:40:00+00' where entity_key = 'an-hai/nk-chu'")
                .update();
        String page = mvc.perform(MockMvcRequestBuilders.get("/audit").param("entity", "residential_group")
                        .with(user(accounts.loadUserByUsername("lanhdao.anhai"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<li>Tên: Tổ chữ → Tổ chữ mới</li>", "<li>Số hộ: 1.200 → 1.250</li>",
                        "<li>Mã: nk-chu</li>", ">Lê Văn Hùng<", ">01:40 06/6/2026<")
                .doesNotContain("{&quot;", "\"households\"");
        // work no user did (the demo's catalogue, adopted at start-up) is the system's, in words
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/audit").param("entity", "indicator_catalogue")
                        .with(user(accounts.loadUserByUsername("lanhdao.anhai"))))
                .andReturn().getResponse().getContentAsString()).contains(">Hệ thống<").doesNotContain(">system<");
    }

    @Test
    void aRefusedChangeLeavesNoLogLine() throws Exception {
        long before = count();
        mvc.perform(post("lanhdao.anhai", "/api/v1/wards/an-hai/units", "{\"code\":\"pvhcc\",\"name\":\"Trùng\"}"))
                .andExpect(status().isConflict());
        mvc.perform(put("canbo.anhai", "/api/v1/wards/an-hai/staffing/2033/pvhcc", "{\"allotted\":1,\"filled\":2}"))
                .andExpect(status().isBadRequest());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void leadersSeeTheirWardsLogAndOfficersDoNot() throws Exception {
        mvc.perform(put("canbo.trungthanh", "/api/v1/wards/trung-thanh/residential-groups/tdp-03",
                "{\"name\":\"Tổ dân phố số 3\",\"households\":101}")).andExpect(status().isOk());
        mvc.perform(get("admin", "/api/v1/wards/trung-thanh/audit?entity=residential_group"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].entityKey").value("trung-thanh/tdp-03"))
                .andExpect(jsonPath("$.entries[0].actor").value("canbo.trungthanh"));
        mvc.perform(get("lanhdao.anhai", "/api/v1/wards/trung-thanh/audit")).andExpect(status().isForbidden());
        mvc.perform(get("canbo.anhai", "/api/v1/wards/an-hai/audit")).andExpect(status().isForbidden());
    }

    @Test
    void theAuditPageFiltersByKindOfData() throws Exception {
        mvc.perform(post("lanhdao.anhai", "/api/v1/wards/an-hai/units", "{\"code\":\"nk-trang\",\"name\":\"Tổ trang nhật ký\"}"))
                .andExpect(status().isCreated());
        mvc.perform(MockMvcRequestBuilders.get("/audit").param("entity", "unit")
                        .with(user(accounts.loadUserByUsername("lanhdao.anhai"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("an-hai/nk-trang")))
                .andExpect(content().string(Matchers.containsString("Nhật ký thay đổi")));
        mvc.perform(MockMvcRequestBuilders.get("/audit").param("entity", "user")
                        .with(user(accounts.loadUserByUsername("lanhdao.anhai"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("an-hai/nk-trang"))));
        // the filter offers the kinds the log holds, each by its name, a meeting among them
        mvc.perform(post("lanhdao.anhai", "/api/v1/wards/an-hai/meetings",
                "{\"heldOn\":\"2026-01-06\",\"kind\":\"WEEKLY\",\"title\":\"Giao ban nhật ký\",\"chairedBy\":\"HEAD\"}"))
                .andExpect(status().isCreated());
        mvc.perform(MockMvcRequestBuilders.get("/audit").with(user(accounts.loadUserByUsername("lanhdao.anhai"))))
                .andExpect(content().string(Matchers.containsString("<option value=\"meeting\">Cuộc họp</option>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??entity."))));
    }

    @Test
    void theLogPagesWardFilterNarrowsAmongTheUsersOwnWards() throws Exception {
        mvc.perform(post("lanhdao.anhai", "/api/v1/wards/an-hai/units", "{\"code\":\"nk-loc\",\"name\":\"Tổ lọc nhật ký\"}"))
                .andExpect(status().isCreated());
        var leader = user(accounts.loadUserByUsername("lanhdao.anhai"));
        mvc.perform(MockMvcRequestBuilders.get("/audit").param("ward", "an-hai").param("entity", "unit").with(leader))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("an-hai/nk-loc")));
        // another ward's code, or no ward's, is none of the leader's: nothing of either shows
        for (String other : new String[] {"trung-thanh", "khong-co"}) {
            mvc.perform(MockMvcRequestBuilders.get("/audit").param("ward", other).param("entity", "unit").with(leader))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("an-hai/nk-loc"))))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("trung-thanh/"))));
        }
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_log").query(Long.class).single();
    }

}
