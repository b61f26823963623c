package vn.ward57.community;

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
 * Wards of the community tests' own, in province tinh-cd: residential groups g-01 … g-nn, the unit vh
 * and the users canbo.&lt;ward&gt; (officer of the ward, who also manages it), vh.&lt;ward&gt; (officer
 * of unit vh only) and lanhdao.&lt;ward&gt; (leader), password ward57-demo.
 */
final class CommunityWards {

    private CommunityWards() {
    }

    static void create(MockMvc mvc, JdbcClient jdbc, String code, String name, int groups) throws Exception {
        if (jdbc.sql("select count(*) from ward where code = ?").param(code).query(Long.class).single() > 0) {
            return;
        }
        if (jdbc.sql("select count(*) from province where code = 'tinh-cd'").query(Long.class).single() == 0) {
            mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-cd\",\"name\":\"Tỉnh Cộng Đồng\"}"))
                    .andExpect(status().isCreated());
        }
        mvc.perform(post("admin", "/api/v1/provinces/tinh-cd/wards",
                "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}")).andExpect(status().isCreated());
        for (int i = 1; i <= groups; i++) {
            mvc.perform(post("admin", "/api/v1/wards/" + code + "/residential-groups",
                    "{\"code\":\"g-%02d\",\"name\":\"Tổ dân phố %d\",\"households\":100}".formatted(i, i)))
                    .andExpect(status().isCreated());
        }
        mvc.perform(post("admin", "/api/v1/wards/" + code + "/units",
                "{\"code\":\"vh\",\"name\":\"Phòng Văn hóa - Xã hội\"}")).andExpect(status().isCreated());
        user(mvc, "canbo." + code, "WARD_OFFICER", code, "");
        user(mvc, "vh." + code, "WARD_OFFICER", code, "\"unitCode\":\"vh\",");
        user(mvc, "lanhdao." + code, "WARD_LEADER", code, "");
    }

    private static void user(MockMvc mvc, String username, String role, String ward, String unit) throws Exception {
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"%s","fullName":"%s","role":"%s","wardCode":"%s",%s"password":"ward57-demo"}
                """.formatted(username, username, role, ward, unit))).andExpect(status().isCreated());
    }

    /** Runs a service call as the user, as a request of theirs would. */
    static <T> T as(UserDetailsService accounts, String username, Supplier<T> call) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
