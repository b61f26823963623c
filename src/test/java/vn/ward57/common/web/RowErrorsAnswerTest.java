package vn.ward57.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * Issue 21, item 2: a register's file of 300 bad rows is answered with 200 of its errors and the count of all
 * (the import's status in the API; "và 100 lỗi khác" in its panel on the page).
 */
@Ward57Test
class RowErrorsAnswerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void threeHundredBadRowsAreAnsweredWithTwoHundredErrorsAndTheCountOfTheRest() throws Exception {
        StringBuilder csv = new StringBuilder("Tháng,Dân trưởng thành\n");
        for (int i = 0; i < 300; i++) {
            csv.append("13/2026,").append(1000 + i).append('\n');
        }
        long before = jdbc.sql("select count(*) from indicator_value").query(Long.class).single();
        String body = Api.importRegister(mvc, "canbo.anhai", "/api/v1/wards/an-hai/digital-citizen-imports",
                        "thang.csv", csv.toString().getBytes(StandardCharsets.UTF_8))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(body, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<List<?>>read(body, "$.errors")).hasSize(200);
        assertThat(JsonPath.<Integer>read(body, "$.errors[199].row")).isEqualTo(201);
        assertThat(JsonPath.<Integer>read(body, "$.errorTotal")).isEqualTo(300);
        assertThat(JsonPath.<String>read(body, "$.message")).startsWith("Tệp có 300 dòng lỗi (300 lỗi)");
        assertThat(jdbc.sql("select count(*) from indicator_value").query(Long.class).single()).isEqualTo(before);

        // the page: the import's panel lists 200 faults and says how many more there are
        var officer = user(accounts.loadUserByUsername("canbo.anhai"));
        var posted = mvc.perform(MockMvcRequestBuilders.multipart("/wards/an-hai/digital-citizen-imports")
                        .file(new MockMultipartFile("file", "thang.csv", "text/csv",
                                csv.toString().getBytes(StandardCharsets.UTF_8)))
                        .with(officer).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String panel = Api.awaitImportPanel(mvc, posted, officer);
        assertThat(panel).contains("và 100 lỗi khác").contains("<td class=\"num\">201</td>")
                .doesNotContain("<td class=\"num\">202</td>");
    }
}
