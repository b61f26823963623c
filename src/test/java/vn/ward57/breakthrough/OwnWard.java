package vn.ward57.breakthrough;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A ward of a test's own, made through the API once per context, with its officer "canbo.&lt;ward&gt;". */
final class OwnWard {

    private OwnWard() {
    }

    static void create(MockMvc mvc, JdbcClient jdbc, String code, String name) throws Exception {
        if (jdbc.sql("select count(*) from ward where code = ?").param(code).query(Long.class).single() > 0) {
            return;
        }
        if (jdbc.sql("select count(*) from province where code = 'tinh-dp'").query(Long.class).single() == 0) {
            mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-dp\",\"name\":\"Tỉnh Đột Phá\"}"))
                    .andExpect(status().isCreated());
        }
        mvc.perform(post("admin", "/api/v1/provinces/tinh-dp/wards",
                "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}")).andExpect(status().isCreated());
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"canbo.%s","fullName":"Cán bộ %s","role":"WARD_OFFICER","wardCode":"%s","password":"ward57-demo"}
                """.formatted(code, name, code))).andExpect(status().isCreated());
    }

    static long count(JdbcClient jdbc, String table, String ward) {
        return jdbc.sql("select count(*) from " + table + " t join ward w on w.id = t.ward_id where w.code = ?")
                .param(ward).query(Long.class).single();
    }
}
