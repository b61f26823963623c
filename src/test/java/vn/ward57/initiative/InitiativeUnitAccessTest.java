package vn.ward57.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.UNIT_DENIED;
import static vn.ward57.Api.WARD_WIDE;
import static vn.ward57.Api.delete;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ward57.Ward57Test;

/**
 * An initiative of a unit is that unit's: congan.anhai (unit cong-an of an-hai) submits, changes and deletes
 * cong-an's, not kinh-te's nor one of no unit, and vhxh.anhai not cong-an's; the API and the pages refuse
 * alike and nothing is written. The call and its council are the whole ward's, not a unit officer's.
 */
@Ward57Test
class InitiativeUnitAccessTest {


    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void aUnitOfficerKeepsOnlyItsOwnUnitsInitiatives() throws Exception {
        Council c = new Council(mvc, 2088);
        String list = c.base + "/initiatives";
        mvc.perform(post("congan.anhai", list, initiative("UA-KT", "kinh-te")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        mvc.perform(post("congan.anhai", list, initiative("UA-PH", "")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        assertThat(count(c, "UA-KT") + count(c, "UA-PH")).isZero();

        long own = id(mvc.perform(post("congan.anhai", list, initiative("UA-CA", "cong-an")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String ownPath = "/api/v1/wards/an-hai/initiatives/" + own;
        mvc.perform(put("vhxh.anhai", ownPath, initiative("UA-CA", "van-hoa-xa-hoi")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        mvc.perform(put("congan.anhai", ownPath, initiative("UA-CA", "kinh-te")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        mvc.perform(delete("vhxh.anhai", ownPath)).andExpect(status().isForbidden());

        long theirs = id(mvc.perform(post(Council.A, list, initiative("UA-KT2", "kinh-te")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String theirPath = "/api/v1/wards/an-hai/initiatives/" + theirs;
        mvc.perform(put("congan.anhai", theirPath, initiative("UA-KT2", "cong-an")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        mvc.perform(delete("congan.anhai", theirPath))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        assertThat(unitOf(theirs)).isEqualTo("kinh-te");
        assertThat(unitOf(own)).isEqualTo("cong-an");

        mvc.perform(put("congan.anhai", ownPath, initiative("UA-CA", "cong-an"))).andExpect(status().isOk());
        mvc.perform(delete("congan.anhai", ownPath)).andExpect(status().isNoContent());
    }

    @Test
    void thePagesRefuseAnotherUnitsInitiative() throws Exception {
        Council c = new Council(mvc, 2087);
        RequestPostProcessor congan = user(accounts.loadUserByUsername("congan.anhai"));
        mvc.perform(MockMvcRequestBuilders.post("/wards/an-hai/initiative-calls/" + c.callId + "/initiatives")
                        .with(congan).with(csrf()).param("code", "UA-TKT").param("title", "Sổ tay số")
                        .param("authors", "Lê Văn A").param("unitCode", "kinh-te").param("submittedOn", "2025-09-15"))
                .andExpect(status().isForbidden()).andExpect(content().string(Matchers.containsString(UNIT_DENIED)));
        assertThat(count(c, "UA-TKT")).isZero();

        long theirs = id(mvc.perform(post(Council.A, c.base + "/initiatives", initiative("UA-TKT2", "kinh-te")))
                .andReturn().getResponse().getContentAsString());
        String page = "/wards/an-hai/initiatives/" + theirs;
        mvc.perform(MockMvcRequestBuilders.post(page + "/delete").with(congan).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count(c, "UA-TKT2")).isOne();
        assertThat(html(congan, page)).doesNotContain(page + "/delete").doesNotContain(page + "/files");

        long own = id(mvc.perform(post("congan.anhai", c.base + "/initiatives", initiative("UA-TCA", "cong-an")))
                .andReturn().getResponse().getContentAsString());
        String ownPage = "/wards/an-hai/initiatives/" + own;
        assertThat(html(congan, ownPage)).contains(ownPage + "/delete").contains(ownPage + "/files");
        assertThat(html(congan, "/wards/an-hai/initiatives?call=" + c.callId))
                .contains("value=\"cong-an\" selected=\"selected\"")
                .doesNotContain("action=\"/wards/an-hai/initiative-calls\"");
        // deleting from its page through htmx sends the browser to the call's list (HX-Redirect)
        mvc.perform(MockMvcRequestBuilders.post(ownPage + "/delete").with(congan).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(header().string("HX-Redirect", "/wards/an-hai/initiatives?call=" + c.callId));
        assertThat(count(c, "UA-TCA")).isZero();
    }

    @Test
    void theCallAndItsCouncilAreNotAUnitOfficersWork() throws Exception {
        mvc.perform(post("congan.anhai", "/api/v1/wards/an-hai/initiative-calls",
                        "{\"year\":2086,\"title\":\"Đợt của đơn vị\",\"opensOn\":\"2086-06-01\",\"closesOn\":\"2086-10-31\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        assertThat(jdbc.sql("select count(*) from initiative_call where year = 2086").query(Long.class).single())
                .isZero();
        Council c = new Council(mvc, 2085);
        mvc.perform(post("congan.anhai", c.base + "/members", "{\"username\":\"congan.anhai\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        mvc.perform(MockMvcRequestBuilders.post("/wards/an-hai/initiative-calls/" + c.callId + "/council/members")
                        .with(user(accounts.loadUserByUsername("congan.anhai"))).with(csrf())
                        .param("username", "congan.anhai"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from initiative_member where call_id = ? and username = 'congan.anhai'")
                .param(c.callId).query(Long.class).single()).isZero();
    }

    private static String initiative(String code, String unit) {
        return """
                {"code":"%s","title":"Sáng kiến %s","authors":"Tác giả","unitCode":"%s","submittedOn":"2025-09-15"}
                """.formatted(code, code, unit);
    }

    private String html(RequestPostProcessor who, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private long count(Council c, String code) {
        return jdbc.sql("select count(*) from initiative where call_id = ? and code = ?").params(c.callId, code)
                .query(Long.class).single();
    }

    private String unitOf(long initiative) {
        return jdbc.sql("select u.code from initiative i join unit u on u.id = i.unit_id where i.id = ?")
                .param(initiative).query(String.class).single();
    }

    private static long id(String json) {
        return JsonPath.<Number>read(json, "$.id").longValue();
    }
}
