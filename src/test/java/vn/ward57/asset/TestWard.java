package vn.ward57.asset;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A ward of a test's own, made through the API once per context: units "pvhcc" and "ca", residential
 * groups "to-1" … "to-4", and its officer "canbo.&lt;ward&gt;". No unit or group code of it is a code of
 * an-hai's (vp-hdnd-ubnd, tdp-001), so those name another ward's.
 */
final class TestWard {

    private TestWard() {
    }

    static void create(MockMvc mvc, JdbcClient jdbc, String code, String name) throws Exception {
        if (jdbc.sql("select count(*) from ward where code = ?").param(code).query(Long.class).single() > 0) {
            return;
        }
        if (jdbc.sql("select count(*) from province where code = 'tinh-tb'").query(Long.class).single() == 0) {
            mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-tb\",\"name\":\"Tỉnh Thiết Bị\"}"))
                    .andExpect(status().isCreated());
        }
        mvc.perform(post("admin", "/api/v1/provinces/tinh-tb/wards",
                "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}")).andExpect(status().isCreated());
        mvc.perform(post("admin", "/api/v1/wards/" + code + "/units",
                "{\"code\":\"pvhcc\",\"name\":\"Trung tâm Phục vụ hành chính công\"}")).andExpect(status().isCreated());
        mvc.perform(post("admin", "/api/v1/wards/" + code + "/units", "{\"code\":\"ca\",\"name\":\"Công an phường\"}"))
                .andExpect(status().isCreated());
        for (int n = 1; n <= 4; n++) {
            mvc.perform(post("admin", "/api/v1/wards/" + code + "/residential-groups",
                    "{\"code\":\"to-" + n + "\",\"name\":\"Tổ dân phố " + n + "\",\"households\":100}"))
                    .andExpect(status().isCreated());
        }
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"canbo.%s","fullName":"Cán bộ %s","role":"WARD_OFFICER","wardCode":"%s","password":"ward57-demo"}
                """.formatted(code, name, code))).andExpect(status().isCreated());
    }

    /** Runs a call as the given user, as a request of theirs would. */
    static <T> T as(UserDetailsService accounts, String username, Supplier<T> call) {
        UserDetails user = accounts.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static long count(JdbcClient jdbc, String table, String ward) {
        return jdbc.sql("select count(*) from " + table + " t join ward w on w.id = t.ward_id where w.code = ?")
                .param(ward).query(Long.class).single();
    }
}
