package vn.ward57.budget;

import static vn.ward57.Api.WARD_WIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Ward57Test;

/**
 * The budget's lines, adjustments and payments belong to no unit: they are the ward's, kept by its officers not
 * limited to a unit, its leaders and the province's admins. A unit officer (congan.anhai) reads them and is
 * refused any change, by the API and the pages, and nothing is written.
 */
@Ward57Test
class BudgetUnitAccessTest {


    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void aUnitOfficerReadsTheBudgetButChangesNothing() throws Exception {
        long line = jdbc.sql("""
                select l.id from budget_line l join ward w on w.id = l.ward_id where w.code = 'an-hai'
                order by l.id limit 1""").query(Long.class).single();
        long payments = payments();
        mvc.perform(vn.ward57.Api.get("congan.anhai", "/api/v1/wards/an-hai/budget-lines/" + line))
                .andExpect(status().isOk());
        mvc.perform(post("congan.anhai", "/api/v1/wards/an-hai/budget-lines",
                        "{\"fiscalYear\":2026,\"category\":\"CDS\",\"code\":\"UA-01\",\"name\":\"Dòng\",\"estimate\":5}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        mvc.perform(post("congan.anhai", "/api/v1/wards/an-hai/disbursements",
                        "{\"budgetLineId\":" + line + ",\"paidOn\":\"2026-03-05\",\"amount\":1000}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        mvc.perform(post("congan.anhai", "/api/v1/wards/an-hai/budget-lines/" + line + "/adjustments",
                        "{\"decidedOn\":\"2026-02-01\",\"amount\":1000}"))
                .andExpect(status().isForbidden());
        var congan = user(accounts.loadUserByUsername("congan.anhai"));
        mvc.perform(MockMvcRequestBuilders.post("/wards/an-hai/budget/lines/" + line + "/disbursements")
                        .with(congan).with(csrf()).param("paidOn", "2026-03-05").param("amount", "1000"))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/budget/lines/new").with(congan))
                .andExpect(status().isForbidden());
        assertThat(payments()).isEqualTo(payments);
        assertThat(jdbc.sql("select count(*) from budget_line where code = 'UA-01'").query(Long.class).single())
                .isZero();
        // an officer of the whole ward keeps it
        mvc.perform(post("canbo.anhai", "/api/v1/wards/an-hai/budget-lines",
                        "{\"fiscalYear\":2039,\"category\":\"CDS\",\"code\":\"UA-02\",\"name\":\"Dòng\",\"estimate\":50000000}"))
                .andExpect(status().isCreated());
    }

    private long payments() {
        return jdbc.sql("select count(*) from disbursement d join ward w on w.id = d.ward_id where w.code = 'an-hai'")
                .query(Long.class).single();
    }
}
