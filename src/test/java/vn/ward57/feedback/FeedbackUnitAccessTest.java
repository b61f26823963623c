package vn.ward57.feedback;

import static vn.ward57.Api.WARD_WIDE;
import static vn.ward57.Api.UNIT_DENIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
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
 * A feedback item belongs to the unit that handles it: congan.anhai (unit cong-an) neither takes one in for
 * van-hoa-xa-hoi nor moves, publishes or adds a file to one of van-hoa-xa-hoi's (the probe of issue 22 set
 * one to ANSWERED); an item of no unit (a resident's, not yet assigned) is for the ward's officers not
 * limited to a unit. Refused alike by the API and the pages, nothing written; vhxh.anhai handles its own.
 */
@Ward57Test
class FeedbackUnitAccessTest {

    private static final String API = "/api/v1/wards/an-hai/feedback";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void aUnitOfficerMovesOnlyItsOwnUnitsItems() throws Exception {
        long theirs = inProgress("FU văn hóa đang xử lý", "van-hoa-xa-hoi");
        long before = history(theirs);
        mvc.perform(put("congan.anhai", API + "/" + theirs + "/state", "{\"state\":\"ANSWERED\",\"answer\":\"Đã xử lý\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        mvc.perform(MockMvcRequestBuilders.post(API + "/" + theirs + "/publish")
                        .with(httpBasic("congan.anhai", Api.PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        mvc.perform(MockMvcRequestBuilders.multipart(API + "/" + theirs + "/attachments")
                        .file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf",
                                "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("congan.anhai", Api.PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        assertThat(jdbc.sql("select state || '/' || (published_at is not null) || '/' || coalesce(answer, '-') "
                + "from feedback_item where id = ?").param(theirs).query(String.class).single()).isEqualTo("IN_PROGRESS/false/-");
        assertThat(history(theirs)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from feedback_attachment where item_id = ?").param(theirs)
                .query(Long.class).single()).isZero();

        mvc.perform(put("vhxh.anhai", API + "/" + theirs + "/state", "{\"state\":\"ANSWERED\",\"answer\":\"Đã xử lý\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ANSWERED"));
    }

    @Test
    void aUnitOfficerTakesInAndAssignsOnlyForItsOwnUnit() throws Exception {
        mvc.perform(post("congan.anhai", API, item("FU nhận cho văn hóa", "van-hoa-xa-hoi")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        mvc.perform(post("congan.anhai", API, item("FU nhận không đơn vị", null)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        assertThat(count("FU nhận cho văn hóa") + count("FU nhận không đơn vị")).isZero();

        // a resident's item has no unit yet: handing it to a unit is the ward's, not a unit officer's
        long received = id(mvc.perform(post("canbo.anhai", API, item("FU chưa giao", null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(put("congan.anhai", API + "/" + received + "/state", "{\"state\":\"ASSIGNED\",\"unit\":\"cong-an\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        // nor may it hand its own item to another unit
        long own = id(mvc.perform(post("congan.anhai", API, item("FU của công an", "cong-an")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(put("congan.anhai", API + "/" + own + "/state",
                        "{\"state\":\"ASSIGNED\",\"unit\":\"van-hoa-xa-hoi\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        assertThat(jdbc.sql("select string_agg(f.state || ':' || coalesce(u.code, '-'), ',' order by f.id) "
                        + "from feedback_item f left join unit u on u.id = f.unit_id where f.id in (?, ?)")
                .params(received, own).query(String.class).single()).isEqualTo("RECEIVED:-,RECEIVED:cong-an");
        mvc.perform(put("congan.anhai", API + "/" + own + "/state", "{\"state\":\"ASSIGNED\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unitCode").value("cong-an"));
    }

    @Test
    void thePagesRefuseAnotherUnitsItem() throws Exception {
        var congan = user(accounts.loadUserByUsername("congan.anhai"));
        long theirs = inProgress("FU trang văn hóa", "van-hoa-xa-hoi");
        long before = history(theirs);
        mvc.perform(MockMvcRequestBuilders.post("/wards/an-hai/feedback/" + theirs + "/state").with(congan).with(csrf())
                        .param("state", "ANSWERED").param("answer", "Đã xử lý"))
                .andExpect(status().isForbidden()).andExpect(content().string(Matchers.containsString(UNIT_DENIED)));
        mvc.perform(MockMvcRequestBuilders.post("/wards/an-hai/feedback/" + theirs + "/publish").with(congan)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select state || '/' || (published_at is not null) from feedback_item where id = ?")
                .param(theirs).query(String.class).single()).isEqualTo("IN_PROGRESS/false");
        assertThat(history(theirs)).isEqualTo(before);
        // its page shows no step, publishing or file form to another unit's officer, and its own unit's does
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/feedback/" + theirs).with(congan))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("/state\""))));
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/feedback/" + theirs)
                        .with(user(accounts.loadUserByUsername("vhxh.anhai"))))
                .andExpect(content().string(Matchers.containsString("/feedback/" + theirs + "/state\"")));
        mvc.perform(MockMvcRequestBuilders.post("/wards/an-hai/feedback").with(congan).with(csrf())
                        .param("channel", "IN_PERSON").param("category", "KHAC").param("content", "FU trang nhận")
                        .param("unit", "van-hoa-xa-hoi"))
                .andExpect(status().isForbidden());
        assertThat(count("FU trang nhận")).isZero();
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/feedback/new").with(congan))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"cong-an\" selected=\"selected\"")));
    }

    /** An item of the unit, taken in and moved to IN_PROGRESS by an officer of the whole ward. */
    private long inProgress(String content, String unit) throws Exception {
        long id = id(mvc.perform(post("canbo.anhai", API, item(content, unit))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        for (String state : new String[] {"ASSIGNED", "IN_PROGRESS"}) {
            mvc.perform(put("canbo.anhai", API + "/" + id + "/state", "{\"state\":\"" + state + "\"}"))
                    .andExpect(status().isOk());
        }
        return id;
    }

    private static String item(String content, String unit) {
        return "{\"channel\":\"IN_PERSON\",\"category\":\"KHAC\",\"content\":\"" + content + "\""
                + (unit == null ? "" : ",\"unit\":\"" + unit + "\"") + "}";
    }

    private long count(String content) {
        return jdbc.sql("select count(*) from feedback_item where content = ?").param(content).query(Long.class)
                .single();
    }

    private long history(long id) {
        return jdbc.sql("select count(*) from feedback_history where item_id = ?").param(id).query(Long.class).single();
    }

    private static long id(String json) {
        return JsonPath.<Number>read(json, "$.id").longValue();
    }
}
