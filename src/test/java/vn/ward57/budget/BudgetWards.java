package vn.ward57.budget;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Wards of the budget tests' own, in a province of their own (tinh-ns), each with a leader
 * (lanhdao.&lt;ward&gt;) and an officer (canbo.&lt;ward&gt;), so that no test touches the demo budget.
 */
final class BudgetWards {

    private BudgetWards() {
    }

    static void ensure(MockMvc mvc, JdbcClient jdbc, String ward, String name) throws Exception {
        if (jdbc.sql("select count(*) from ward where code = ?").param(ward).query(Long.class).single() > 0) {
            return;
        }
        if (jdbc.sql("select count(*) from province where code = 'tinh-ns'").query(Long.class).single() == 0) {
            mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-ns\",\"name\":\"Tỉnh Ngân sách\"}"))
                    .andExpect(status().isCreated());
        }
        mvc.perform(post("admin", "/api/v1/provinces/tinh-ns/wards",
                "{\"code\":\"" + ward + "\",\"name\":\"" + name + "\"}")).andExpect(status().isCreated());
        user(mvc, "lanhdao." + ward, "WARD_LEADER", ward);
        user(mvc, "canbo." + ward, "WARD_OFFICER", ward);
    }

    /**
     * Creates a line and answers its id. The amount is confirmed ("confirmAmount"), since the tests using this
     * work small sums by hand; BudgetAmountEntryTest is the one about the question itself.
     */
    static long line(MockMvc mvc, String user, String ward, int year, String category, String code, long estimate)
            throws Exception {
        String body = mvc.perform(post(user, "/api/v1/wards/" + ward + "/budget-lines", """
                {"fiscalYear":%d,"category":"%s","code":"%s","name":"Dòng %s","estimate":%d,"fundingSource":"Ngân sách phường","confirmAmount":true}
                """.formatted(year, category, code, code, estimate)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** A payment, its amount confirmed as the line's is. */
    static void pay(MockMvc mvc, String user, String ward, long lineId, String paidOn, long amount) throws Exception {
        mvc.perform(post(user, "/api/v1/wards/" + ward + "/disbursements",
                "{\"budgetLineId\":%d,\"paidOn\":\"%s\",\"amount\":%d,\"confirmAmount\":true}".formatted(lineId,
                        paidOn, amount)))
                .andExpect(status().isCreated());
    }

    static void adjust(MockMvc mvc, String user, String ward, long lineId, String decidedOn, long amount)
            throws Exception {
        mvc.perform(post(user, "/api/v1/wards/" + ward + "/budget-lines/" + lineId + "/adjustments",
                "{\"decidedOn\":\"%s\",\"amount\":%d,\"document\":\"1/QĐ-UBND\"}".formatted(decidedOn, amount)))
                .andExpect(status().isCreated());
    }

    /** Runs as that user outside a request, for the services the indicator module calls directly. */
    static <T> T as(UserDetailsService accounts, String username, java.util.function.Supplier<T> work) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void user(MockMvc mvc, String username, String role, String ward) throws Exception {
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"%s","fullName":"%s","role":"%s","wardCode":"%s","password":"ward57-demo"}
                """.formatted(username, username, role, ward))).andExpect(status().isCreated());
    }
}
