package vn.ward57.asset;

import static vn.ward57.Api.WARD_WIDE;
import static vn.ward57.Api.UNIT_DENIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.delete;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/**
 * Equipment belongs to its managing unit: congan.anhai (unit cong-an of an-hai) enters and changes its own
 * unit's, not kinh-te's nor the ward's own (no unit); certificates and file imports are ward-wide work, not
 * a unit officer's. Refused alike by the API and the pages, and nothing is written.
 */
@Ward57Test
class AssetUnitAccessTest {


    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void aUnitOfficerEntersOnlyItsOwnUnitsEquipment() throws Exception {
        mvc.perform(post("congan.anhai", "/api/v1/wards/an-hai/assets", asset("UA kinh tế", "kinh-te")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        mvc.perform(post("congan.anhai", "/api/v1/wards/an-hai/assets", asset("UA không đơn vị", null)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        assertThat(count("UA kinh tế") + count("UA không đơn vị")).isZero();

        long own = id(mvc.perform(post("congan.anhai", "/api/v1/wards/an-hai/assets", asset("UA công an", "cong-an")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(put("congan.anhai", "/api/v1/wards/an-hai/assets/" + own, asset("UA công an", "kinh-te")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(UNIT_DENIED));

        long theirs = id(mvc.perform(post("canbo.anhai", "/api/v1/wards/an-hai/assets", asset("UA của kinh tế", "kinh-te")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(put("congan.anhai", "/api/v1/wards/an-hai/assets/" + theirs, asset("UA của kinh tế", "cong-an")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        mvc.perform(delete("congan.anhai", "/api/v1/wards/an-hai/assets/" + theirs))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        assertThat(jdbc.sql("select unit.code from asset join unit on unit.id = asset.unit_id where asset.id = ?")
                .param(theirs).query(String.class).single()).isEqualTo("kinh-te");
        mvc.perform(delete("vhxh.anhai", "/api/v1/wards/an-hai/assets/" + own)).andExpect(status().isForbidden());
        mvc.perform(delete("congan.anhai", "/api/v1/wards/an-hai/assets/" + own)).andExpect(status().isNoContent());
    }

    @Test
    void thePagesRefuseAnotherUnitsEquipment() throws Exception {
        var congan = user(accounts.loadUserByUsername("congan.anhai"));
        mvc.perform(MockMvcRequestBuilders.post("/wards/an-hai/assets").with(congan).with(csrf())
                        .param("kind", "COMPUTER").param("name", "UA trang kinh tế").param("unit", "kinh-te")
                        .param("quantity", "1"))
                .andExpect(status().isForbidden()).andExpect(content().string(Matchers.containsString(UNIT_DENIED)));
        assertThat(count("UA trang kinh tế")).isZero();
        long theirs = id(mvc.perform(post("canbo.anhai", "/api/v1/wards/an-hai/assets",
                asset("UA trang của kinh tế", "kinh-te"))).andReturn().getResponse().getContentAsString());
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/assets/" + theirs + "/edit").with(congan))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/wards/an-hai/assets/" + theirs + "/delete").with(congan).with(csrf()))
                .andExpect(status().isForbidden());
        long own = id(mvc.perform(post("congan.anhai", "/api/v1/wards/an-hai/assets", asset("UA trang công an", "cong-an")))
                .andReturn().getResponse().getContentAsString());
        String list = mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/assets").with(congan))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/assets/" + own + "/edit").doesNotContain("/assets/" + theirs + "/edit")
                .doesNotContain("/assets/import");
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/assets/new").with(congan))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"cong-an\" selected=\"selected\"")));
    }

    @Test
    void certificatesAndFilesAreNotAUnitOfficersWork() throws Exception {
        String line = """
                {"issuedOn":"2026-03-02","kind":"DIGITAL_CERTIFICATE","holder":"PERSON","action":"NEW","quantity":3,
                 "holderName":"UA chứng thư"}
                """;
        mvc.perform(post("congan.anhai", "/api/v1/wards/an-hai/certificates", line))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        assertThat(jdbc.sql("select count(*) from certificate_issue where holder_name = 'UA chứng thư'")
                .query(Long.class).single()).isZero();
        var congan = user(accounts.loadUserByUsername("congan.anhai"));
        mvc.perform(MockMvcRequestBuilders.post("/wards/an-hai/certificates").with(congan).with(csrf())
                        .param("issuedOn", "2026-03-02").param("kind", "DIGITAL_CERTIFICATE").param("holder", "PERSON")
                        .param("action", "NEW").param("quantity", "3"))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/certificates/new").with(congan))
                .andExpect(status().isForbidden());
        var file = new MockMultipartFile("file", "tb.csv", "text/csv",
                "Loại thiết bị,Tên thiết bị,Đơn vị,Số lượng\nMáy tính,UA tệp,cong-an,1\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/an-hai/asset-imports").file(file)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("congan.anhai", Api.PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        mvc.perform(post("canbo.anhai", "/api/v1/wards/an-hai/certificates", line)).andExpect(status().isCreated());
    }

    private static String asset(String name, String unit) {
        return "{\"kind\":\"COMPUTER\",\"name\":\"" + name + "\",\"quantity\":1"
                + (unit == null ? "" : ",\"unit\":\"" + unit + "\"") + "}";
    }

    private long count(String name) {
        return jdbc.sql("select count(*) from asset where name = ?").param(name).query(Long.class).single();
    }

    private static long id(String json) {
        return JsonPath.<Number>read(json, "$.id").longValue();
    }
}
