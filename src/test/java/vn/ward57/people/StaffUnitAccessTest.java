package vn.ward57.people;

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
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/**
 * A person on the staff list belongs to their unit: congan.anhai (unit cong-an of an-hai) adds and changes
 * its own unit's people, not van-hoa-xa-hoi's, and may not move one of its own there; the file import is
 * ward-wide work. Refused alike by the API and the pages, and nothing is written. Training events belong to no
 * unit and any officer of the ward records them. What it writes in the demo ward lies in 2019 and is removed
 * after each test, so that the demo's figures stay as other tests count them.
 */
@Ward57Test
class StaffUnitAccessTest {

    private static final String BASE = "/api/v1/wards/an-hai/staff-members";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void removeWhatWasWritten() {
        jdbc.sql("delete from staff_member where full_name like 'SU %'").update();
        jdbc.sql("delete from training_event where title like 'SU %'").update();
    }

    @Test
    void aUnitOfficerKeepsOnlyItsOwnUnitsPeople() throws Exception {
        mvc.perform(post("congan.anhai", BASE, person("SU Văn hóa", "van-hoa-xa-hoi")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        assertThat(count("SU Văn hóa")).isZero();
        // naming no unit is a missing unit (400), not a refusal
        mvc.perform(post("congan.anhai", BASE, "{\"fullName\":\"SU Không đơn vị\",\"inPostFrom\":\"2019-01-05\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unit"));

        long own = id(mvc.perform(post("congan.anhai", BASE, person("SU Công an", "cong-an")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(put("congan.anhai", BASE + "/" + own, person("SU Công an", "van-hoa-xa-hoi")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        mvc.perform(put("congan.anhai", BASE + "/" + own, person("SU Công an đổi tên", "cong-an")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unitCode").value("cong-an"));

        long theirs = id(mvc.perform(post("vhxh.anhai", BASE, person("SU Của văn hóa", "van-hoa-xa-hoi")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(put("congan.anhai", BASE + "/" + theirs, person("SU Của văn hóa", "cong-an")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        mvc.perform(delete("congan.anhai", BASE + "/" + theirs))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        assertThat(jdbc.sql("select u.code from staff_member s join unit u on u.id = s.unit_id where s.id = ?")
                .param(theirs).query(String.class).single()).isEqualTo("van-hoa-xa-hoi");
        mvc.perform(delete("vhxh.anhai", BASE + "/" + own)).andExpect(status().isForbidden());
        mvc.perform(delete("congan.anhai", BASE + "/" + own)).andExpect(status().isNoContent());
        mvc.perform(delete("vhxh.anhai", BASE + "/" + theirs)).andExpect(status().isNoContent());
    }

    @Test
    void thePagesRefuseAnotherUnitsPeople() throws Exception {
        RequestPostProcessor congan = user(accounts.loadUserByUsername("congan.anhai"));
        mvc.perform(MockMvcRequestBuilders.post("/wards/an-hai/staff/new").with(congan).with(csrf())
                        .param("fullName", "SU Trang văn hóa").param("unit", "van-hoa-xa-hoi")
                        .param("inPostFrom", "2019-01-05"))
                .andExpect(status().isForbidden()).andExpect(content().string(Matchers.containsString(UNIT_DENIED)));
        assertThat(count("SU Trang văn hóa")).isZero();
        long theirs = id(mvc.perform(post("canbo.anhai", BASE, person("SU Trang của văn hóa", "van-hoa-xa-hoi")))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(MockMvcRequestBuilders.post("/wards/an-hai/staff/" + theirs).with(congan).with(csrf())
                        .param("fullName", "SU Trang đổi tên").param("unit", "van-hoa-xa-hoi")
                        .param("inPostFrom", "2019-01-05"))
                .andExpect(status().isForbidden()).andExpect(content().string(Matchers.containsString(UNIT_DENIED)));
        mvc.perform(MockMvcRequestBuilders.post("/wards/an-hai/staff/" + theirs + "/delete").with(congan).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select full_name from staff_member where id = ?").param(theirs).query(String.class)
                .single()).isEqualTo("SU Trang của văn hóa");
        // they still read the person, without a form to change them
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/staff/" + theirs).with(congan))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("disabled")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/delete"))));
        // a new person's form starts on their own unit, and a person of it is kept through the pages
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/staff/new").with(congan))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"cong-an\" selected=\"selected\"")));
        mvc.perform(MockMvcRequestBuilders.post("/wards/an-hai/staff/new").with(congan).with(csrf())
                        .param("fullName", "SU Trang công an").param("unit", "cong-an")
                        .param("inPostFrom", "2019-01-05"))
                .andExpect(status().is3xxRedirection());
        assertThat(count("SU Trang công an")).isOne();
    }

    @Test
    void theStaffFileIsWardWideWorkAndTrainingEventsAnyOfficers() throws Exception {
        byte[] file = "Họ và tên,Đơn vị,Ngày bắt đầu công tác\nSU Tệp,cong-an,05/01/2019\n"
                .getBytes(StandardCharsets.UTF_8);
        Api.importRegister(mvc, "congan.anhai", "/api/v1/wards/an-hai/staff-member-imports", "cb.csv", file)
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        assertThat(count("SU Tệp")).isZero();
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/staff").with(user(accounts.loadUserByUsername(
                        "congan.anhai"))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("/staff/new")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/staff/import"))));
        mvc.perform(post("congan.anhai", "/api/v1/wards/an-hai/training-events", """
                        {"heldOn":"2019-03-02","title":"SU Tập huấn của công an","format":"IN_PERSON",
                         "programme":"DIGITAL_SKILLS","participants":{"RESIDENTS":20}}
                        """)).andExpect(status().isCreated());
    }

    private static String person(String name, String unit) {
        return """
                {"fullName":"%s","unit":"%s","position":"Chuyên viên","inPostFrom":"2019-01-05",
                 "inPostTo":"2019-06-01"}
                """.formatted(name, unit);
    }

    private long count(String name) {
        return jdbc.sql("select count(*) from staff_member where full_name = ?").param(name).query(Long.class)
                .single();
    }

    private static long id(String json) {
        return JsonPath.<Number>read(json, "$.id").longValue();
    }
}
