package vn.ward57.indicator;

import static vn.ward57.Api.WARD_WIDE;
import static vn.ward57.Api.UNIT_DENIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/**
 * An indicator's values and its unit's report form belong to the indicator's lead unit: in an-hai DDDT is
 * Công an phường's (cong-an), so vhxh.anhai (van-hoa-xa-hoi) neither enters nor submits it, by the API or the
 * page, and nothing is written; congan.anhai does. CKS-CC is led by no unit: the ward's officers keep it, not a
 * unit officer. The catalogue's configuration and the digital-citizen file are ward-wide work. Periods of
 * 2020, which the demo does not use.
 */
@Ward57Test
class IndicatorUnitAccessTest {

    private static final String VALUES = "/api/v1/wards/an-hai/indicator-values/";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void onlyTheLeadUnitsOfficersEnterAndSubmitItsValues() throws Exception {
        mvc.perform(put("vhxh.anhai", VALUES + "DDDT/2020-02", "{\"value\":50}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        assertThat(values("DDDT", "2020-02")).isZero();
        assertThat(form("2020-02")).isNull();
        mvc.perform(put("congan.anhai", VALUES + "DDDT/2020-02", "{\"value\":50}")).andExpect(status().isOk());
        assertThat(values("DDDT", "2020-02")).isOne();

        String submit = "/api/v1/wards/an-hai/forms/cong-an/2020-02/submit";
        mvc.perform(post("vhxh.anhai", submit, "")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        assertThat(form("2020-02")).isEqualTo("DRAFT");
        // the unit's own officer is let through to the form's own rules (its other values are still missing)
        mvc.perform(post("congan.anhai", submit, "")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.not(Matchers.containsString("đơn vị mình"))));
        assertThat(form("2020-02")).isEqualTo("DRAFT");
    }

    @Test
    void theFormPageRefusesAnotherUnitsValuesAndSteps() throws Exception {
        var vhxh = user(accounts.loadUserByUsername("vhxh.anhai"));
        String form = "/wards/an-hai/forms/cong-an/2020-03";
        mvc.perform(MockMvcRequestBuilders.post(form + "/values/DDDT").with(vhxh).with(csrf()).param("value", "60"))
                .andExpect(status().isForbidden()).andExpect(content().string(Matchers.containsString(UNIT_DENIED)));
        assertThat(values("DDDT", "2020-03")).isZero();
        mvc.perform(MockMvcRequestBuilders.post(form + "/submit").with(vhxh).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(form("2020-03")).isNull();
        // the form shows vhxh no field to enter cong-an's values in
        mvc.perform(MockMvcRequestBuilders.get(form).with(vhxh)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("/values/DDDT"))));

        var congan = user(accounts.loadUserByUsername("congan.anhai"));
        mvc.perform(MockMvcRequestBuilders.post(form + "/values/DDDT").with(congan).with(csrf()).param("value", "60"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("/values/DDDT")));
        assertThat(values("DDDT", "2020-03")).isOne();
    }

    @Test
    void aValueOfNoUnitIsTheWardsNotAUnitOfficers() throws Exception {
        mvc.perform(put("congan.anhai", VALUES + "CKS-CC/2020-04", "{\"value\":10}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        assertThat(values("CKS-CC", "2020-04")).isZero();
        mvc.perform(put("canbo.anhai", VALUES + "CKS-CC/2020-04", "{\"value\":10}")).andExpect(status().isOk());

        // a month of digital citizens holds both: congan.anhai records its unit's e-ID accounts, and a month
        // with the ward's signatures in it is refused whole
        String citizens = "/api/v1/wards/an-hai/digital-citizens/2020-05";
        mvc.perform(put("congan.anhai", citizens, "{\"eidAccounts\":5000,\"publicSignatures\":20}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        assertThat(values("DDDT-TK", "2020-05") + values("CKS-CC", "2020-05")).isZero();
        mvc.perform(put("vhxh.anhai", citizens, "{\"eidAccounts\":5000}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        mvc.perform(put("congan.anhai", citizens, "{\"eidAccounts\":5000}")).andExpect(status().isOk());
        assertThat(values("DDDT-TK", "2020-05")).isOne();
    }

    @Test
    void theCitizensPageOffersEntryToThoseWhoMayEnterAFigureAndTheFileToWardWideOfficers() throws Exception {
        String entry = "action=\"/wards/an-hai/digital-citizens\"";
        assertThat(page("congan.anhai", "/wards/an-hai/digital-citizens")).contains(entry)
                .doesNotContain("digital-citizen-imports");
        assertThat(page("vhxh.anhai", "/wards/an-hai/digital-citizens")).doesNotContain(entry)
                .doesNotContain("digital-citizen-imports");
        assertThat(page("canbo.anhai", "/wards/an-hai/digital-citizens")).contains(entry)
                .contains("digital-citizen-imports");
    }

    @Test
    void theCatalogueItsRulesSchedulesAndFilesAreWardWideWork() throws Exception {
        mvc.perform(put("congan.anhai", "/api/v1/wards/an-hai/report-schedules/cong-an/MONTH", "{\"dueDay\":20}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        mvc.perform(put("congan.anhai", "/api/v1/wards/an-hai/indicators/DDDT/targets/2031", "{\"target\":99}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        mvc.perform(put("congan.anhai", "/api/v1/wards/an-hai/validation-rules/UA-RULE",
                        "{\"name\":\"Thử\",\"left\":\"#{DDDT}\",\"operator\":\"<=\",\"right\":\"100\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        mvc.perform(post("congan.anhai", "/api/v1/wards/an-hai/indicators", """
                        {"code":"UA-CA","name":"Thử","unit":"COUNT","periodType":"MONTH","source":"ENTERED"}
                        """))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        assertThat(jdbc.sql("select count(*) from validation_rule where code = 'UA-RULE'").query(Long.class).single()
                + jdbc.sql("select count(*) from indicator where code = 'UA-CA'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from report_schedule s join unit u on u.id = s.unit_id join ward w on w.id = u.ward_id
                where w.code = 'an-hai' and u.code = 'cong-an' and s.due_day = 20
                """).query(Long.class).single()).isZero();

        byte[] csv = "Tháng,Tài khoản VNeID\n6/2020,5000\n".getBytes(StandardCharsets.UTF_8);
        Api.importRegister(mvc, "congan.anhai", "/api/v1/wards/an-hai/digital-citizen-imports", "cong-dan-so.csv",
                csv).andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        assertThat(values("DDDT-TK", "2020-06")).isZero();
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long values(String code, String period) {
        return jdbc.sql("""
                select count(*) from indicator_value v join indicator i on i.id = v.indicator_id
                join ward w on w.id = i.ward_id where w.code = 'an-hai' and i.code = ? and v.period = ?
                """).params(code, period).query(Long.class).single();
    }

    /** The status of cong-an's form of the period, or null when it has none. */
    private String form(String period) {
        return jdbc.sql("""
                select f.status from report_form f join unit u on u.id = f.unit_id join ward w on w.id = u.ward_id
                where w.code = 'an-hai' and u.code = 'cong-an' and f.period = ?
                """).param(period).query(String.class).optional().orElse(null);
    }
}
