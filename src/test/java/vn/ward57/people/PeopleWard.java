package vn.ward57.people;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Api;

/**
 * A ward of a test's own (in a province of its own, made by the admin) with two units, vp and vh,
 * and its officer {@code canbo.<ward>}: the figures tested on it owe nothing to the demo wards.
 */
final class PeopleWard {

    private PeopleWard() {
    }

    static void ensure(MockMvc mvc, JdbcClient jdbc, String ward) throws Exception {
        if (jdbc.sql("select count(*) from ward where code = ?").param(ward).query(Long.class).single() > 0) {
            return;
        }
        String province = "tinh-" + ward;
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"" + province + "\",\"name\":\"Tỉnh " + ward + "\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("admin", "/api/v1/provinces/" + province + "/wards",
                "{\"code\":\"" + ward + "\",\"name\":\"Phường " + ward + "\"}")).andExpect(status().isCreated());
        mvc.perform(post("admin", "/api/v1/wards/" + ward + "/units", "{\"code\":\"vp\",\"name\":\"Văn phòng HĐND và UBND\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("admin", "/api/v1/wards/" + ward + "/units", "{\"code\":\"vh\",\"name\":\"Phòng Văn hóa - Xã hội\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"canbo.%s","fullName":"Cán bộ %s","role":"WARD_OFFICER","wardCode":"%s","password":"%s"}
                """.formatted(ward, ward, ward, Api.PASSWORD))).andExpect(status().isCreated());
    }

    /** Adds a staff member through the API; answers their id. */
    static long staff(MockMvc mvc, String ward, String name, String unit, String from, String to) throws Exception {
        String body = mvc.perform(post("canbo." + ward, "/api/v1/wards/" + ward + "/staff-members", """
                        {"fullName":"%s","unit":"%s","position":"Chuyên viên","inPostFrom":"%s"%s}
                        """.formatted(name, unit, from, to == null ? "" : ",\"inPostTo\":\"" + to + "\"")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** Records an event through the API; answers its id. */
    static long event(MockMvc mvc, String ward, String heldOn, String programme, String participants,
                      int certificates) throws Exception {
        String body = mvc.perform(post("canbo." + ward, "/api/v1/wards/" + ward + "/training-events", """
                        {"heldOn":"%s","title":"Tập huấn %s %s","organiser":"UBND phường","format":"IN_PERSON",
                         "programme":"%s","certificatesIssued":%d,"participants":{%s}}
                        """.formatted(heldOn, programme, heldOn, programme, certificates, participants)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    static void attend(MockMvc mvc, String ward, long event, long... staff) throws Exception {
        StringBuilder ids = new StringBuilder();
        for (long id : staff) {
            ids.append(ids.isEmpty() ? "" : ",").append(id);
        }
        mvc.perform(Api.put("canbo." + ward, "/api/v1/wards/" + ward + "/training-events/" + event + "/attendance",
                "{\"staffMemberIds\":[" + ids + "]}")).andExpect(status().isOk());
    }
}
