package vn.ward57.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Ward57Test;
import vn.ward57.common.error.InvalidInputException;

/**
 * Issue 21, item 2: a number such as 1e100000000 (eleven characters of JSON, a hundred million digits written
 * out) is refused by its digits with a short answer, and nothing is stored.
 */
@Ward57Test
class HugeNumberTest {

    private static final String WARD = "so-lon";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = ?").param(WARD).query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-so-lon\",\"name\":\"Tỉnh Số Lớn\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-so-lon/wards",
                "{\"code\":\"" + WARD + "\",\"name\":\"Phường Số Lớn\"}")).andExpect(status().isCreated());
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"canbo.solon","fullName":"Cán bộ","role":"WARD_OFFICER","wardCode":"so-lon","password":"ward57-demo"}
                """)).andExpect(status().isCreated());
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"lanhdao.solon","fullName":"Lãnh đạo","role":"WARD_LEADER","wardCode":"so-lon","password":"ward57-demo"}
                """)).andExpect(status().isCreated());
        mvc.perform(post("lanhdao.solon", "/api/v1/wards/" + WARD + "/indicator-catalogue", ""))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.added")
                        .value(org.hamcrest.Matchers.greaterThan(0)));
    }

    @Test
    void anIndicatorValueOfAHundredMillionDigitsIsRefusedShortlyAndNotStored() throws Exception {
        for (String value : new String[] {"1e100000000", "-1e100000000", "1e-100000000"}) {
            for (String indicator : new String[] {"DDDT", "TCN"}) {   // a rate and a count
                MockHttpServletResponse answer = mvc.perform(put("canbo.solon",
                                "/api/v1/wards/" + WARD + "/indicator-values/" + indicator + "/2026-11",
                                "{\"value\":" + value + "}"))
                        .andExpect(status().isBadRequest()).andReturn().getResponse();
                String body = answer.getContentAsString();
                assertThat(body.length()).as(body).isLessThan(2048);
                assertThat(JsonPath.<String>read(body, "$.detail")).contains(value.startsWith("1e-")
                        ? "chữ số sau dấu phẩy" : "Số quá lớn").contains("E");
                assertThat(JsonPath.<String>read(body, "$.errors[0].field")).isEqualTo("value");
            }
        }
        assertThat(jdbc.sql("select count(*) from indicator_value v join ward w on w.id = v.ward_id where w.code = ?")
                .param(WARD).query(Long.class).single()).isZero();
        // a value the column holds is still taken
        mvc.perform(put("canbo.solon", "/api/v1/wards/" + WARD + "/indicator-values/TCN/2026-11", "{\"value\":1e3}"))
                .andExpect(status().isOk());
    }

    @Test
    void aBudgetAmountOfAHundredMillionDigitsIsRefusedShortlyAndNotStored() throws Exception {
        for (String amount : new String[] {"1e100000000", "1e-100000000"}) {
            String body = mvc.perform(post("canbo.solon", "/api/v1/wards/" + WARD + "/budget-lines", """
                            {"fiscalYear":2050,"category":"CDS","code":"CDS-09","name":"Wi-Fi","estimate":%s,"fundingSource":"Ngân sách phường","confirmAmount":true}
                            """.formatted(amount)))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(body.length()).as(body).isLessThan(2048);
            assertThat(JsonPath.<String>read(body, "$.detail")).contains(amount.startsWith("1e-")
                    ? "không có phần lẻ" : "quá lớn");
        }
        assertThat(jdbc.sql("select count(*) from budget_line b join ward w on w.id = b.ward_id where w.code = ?")
                .param(WARD).query(Long.class).single()).isZero();
    }

    @Test
    void aPageRepeatsAHugeNumberOrALongTextShortly() throws Exception {
        String body = mvc.perform(post("canbo.solon", "/api/v1/wards/" + WARD + "/budget-lines", """
                        {"fiscalYear":2051,"category":"CDS","code":"CDS-01","name":"Wi-Fi","estimate":820000000,"fundingSource":"Ngân sách phường","confirmAmount":true}
                        """)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String line = "/wards/" + WARD + "/budget/lines/" + ((Number) JsonPath.read(body, "$.id")).longValue();
        var officer = user(accounts.loadUserByUsername("canbo.solon"));
        for (String amount : new String[] {"1e100000000", "mười ".repeat(5_000)}) {
            String refused = (String) mvc.perform(MockMvcRequestBuilders.post(line + "/disbursements").with(officer)
                            .with(csrf()).param("paidOn", "2051-03-02").param("amount", amount))
                    .andReturn().getFlashMap().get("flashError");
            assertThat(refused).hasSizeLessThan(200).contains(amount.startsWith("1e") ? "1E+100000000" : "mười mười");
        }
        assertThat(jdbc.sql("select count(*) from disbursement d join ward w on w.id = d.ward_id where w.code = ?")
                .param(WARD).query(Long.class).single()).isZero();
    }

    @Test
    void numbersAreBoundedAndShownByTheirDigitsAlone() {
        BigDecimal huge = new BigDecimal("1e100000000");
        assertThat(Decimals.shown(huge)).isEqualTo("1E+100000000");
        assertThat(Decimals.shown(new BigDecimal("-1e-100000000"))).isEqualTo("-1E-100000000");
        assertThat(Decimals.shown(new BigDecimal("98.7"))).isEqualTo("98,7");
        assertThat(Decimals.shown(new BigDecimal("12456.5"))).isEqualTo("12.456,5");
        assertThat(Decimals.integerDigits(huge)).isEqualTo(100_000_001L);
        assertThatThrownBy(() -> Decimals.require(huge, 14, 4, "value"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("number.too-large");
                    assertThat(e.args()).containsExactly(14, "1E+100000000");
                });
        assertThat(Decimals.require(new BigDecimal("99999999999999.9999"), 14, 4, "value")).isNotNull();
        assertThat(Decimals.require(new BigDecimal("1.50000"), 14, 4, "value")).isNotNull();
        assertThatThrownBy(() -> Decimals.require(new BigDecimal("0.00001"), 14, 4, "value"))
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("number.too-many-decimals");
    }
}
