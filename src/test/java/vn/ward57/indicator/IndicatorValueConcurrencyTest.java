package vn.ward57.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Ward57Test;

/**
 * Values of one indicator written at the same moment, from threads against the real database: each
 * write replaces the one before it, so the history is one chain; a write based on a version read before
 * another change is refused (409) and overwrites nothing.
 */
@Ward57Test
class IndicatorValueConcurrencyTest {

    private static final String VALUES = "/api/v1/wards/khoa-mot/indicator-values/";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = 'khoa-mot'").query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-khoa\",\"name\":\"Tỉnh Khóa\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-khoa/wards", "{\"code\":\"khoa-mot\",\"name\":\"Phường Khóa\"}"));
        mvc.perform(post("admin", "/api/v1/wards/khoa-mot/units", "{\"code\":\"ca\",\"name\":\"Công an phường\"}"));
        for (String[] u : new String[][] {{"lanhdao.khoa", "WARD_LEADER", null}, {"canbo.khoa.ca", "WARD_OFFICER", "ca"},
                {"canbo.khoa.ca2", "WARD_OFFICER", "ca"}}) {
            mvc.perform(post("admin", "/api/v1/users", """
                    {"username":"%s","fullName":"%s","role":"%s","wardCode":"khoa-mot",%s"password":"ward57-demo"}
                    """.formatted(u[0], u[0], u[1], u[2] == null ? "" : "\"unitCode\":\"" + u[2] + "\",")))
                    .andExpect(status().isCreated());
        }
        for (String code : new String[] {"KH-TK", "KH-HS", "KH-PT"}) {
            mvc.perform(post("lanhdao.khoa", "/api/v1/wards/khoa-mot/indicators", """
                    {"code":"%s","name":"Tài khoản định danh đã kích hoạt","unit":"COUNT","periodType":"MONTH",
                     "source":"ENTERED","leadUnit":"ca"}
                    """.formatted(code))).andExpect(status().isCreated());
        }
    }

    @Test
    void twentyWritesAtOnceEachReplaceTheValueBeforeIt() throws Exception {
        int writers = 20;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Integer> statuses = new ArrayList<>();
        try {
            CountDownLatch ready = new CountDownLatch(writers);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 1; i <= writers; i++) {
                String body = "{\"value\":" + (1000 + i) + "}";
                String officer = i % 2 == 0 ? "canbo.khoa.ca" : "canbo.khoa.ca2";
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return mvc.perform(put(officer, VALUES + "KH-TK/2026-05", body)).andReturn().getResponse()
                            .getStatus();
                }));
            }
            ready.await();
            go.countDown();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).containsOnly(200);
        String history = mvc.perform(get("lanhdao.khoa", VALUES + "KH-TK/2026-05/history")).andReturn().getResponse()
                .getContentAsString();
        List<Map<String, Object>> changes = JsonPath.read(history, "$");
        assertThat(changes).hasSize(writers);
        assertThat(changes.getFirst().get("oldValue")).isNull();
        for (int i = 1; i < changes.size(); i++) {
            assertThat(number(changes.get(i).get("oldValue"))).as("change " + i)
                    .isEqualByComparingTo(number(changes.get(i - 1).get("newValue")));
        }
        String now = mvc.perform(get("lanhdao.khoa", VALUES + "KH-TK/2026-05"))
                .andExpect(header().string("ETag", "\"" + (writers - 1) + "\"")).andReturn().getResponse()
                .getContentAsString();
        assertThat(number(JsonPath.read(now, "$.value"))).isEqualByComparingTo(number(changes.getLast().get("newValue")));
    }

    @Test
    void aWriteWithAnOlderVersionIsRefusedWithTheCurrentOneAndWhoChangedIt() throws Exception {
        mvc.perform(get("canbo.khoa.ca", VALUES + "KH-HS/2026-04")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Chỉ tiêu „KH-HS“ chưa có giá trị kỳ Tháng 4/2026."));
        mvc.perform(put("canbo.khoa.ca", VALUES + "KH-HS/2026-04", "{\"value\":120}")).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""));
        String etag = mvc.perform(get("canbo.khoa.ca", VALUES + "KH-HS/2026-04"))
                .andExpect(jsonPath("$.value").value(120.0)).andExpect(jsonPath("$.updatedBy").value("canbo.khoa.ca"))
                .andReturn().getResponse().getHeader("ETag");
        assertThat(etag).isEqualTo("\"0\"");
        mvc.perform(put("canbo.khoa.ca2", VALUES + "KH-HS/2026-04", "{\"value\":125}").header("If-Match", etag))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(put("canbo.khoa.ca", VALUES + "KH-HS/2026-04", "{\"value\":130}").header("If-Match", etag))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.changedBy").value("canbo.khoa.ca2"))
                .andExpect(jsonPath("$.changedAt").exists())
                .andExpect(jsonPath("$.current.value").value(125.0))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("Bản ghi đã được canbo.khoa.ca2 sửa lúc "),
                        org.hamcrest.Matchers.endsWith("; hãy tải lại và nhập lại."))));
        mvc.perform(get("canbo.khoa.ca", VALUES + "KH-HS/2026-04")).andExpect(jsonPath("$.value").value(125.0))
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(get("canbo.khoa.ca", VALUES + "KH-HS/2026-04/history"))
                .andExpect(jsonPath("$[*].newValue").value(org.hamcrest.Matchers.contains(120.0, 125.0)));
        // a version for a value that does not exist yet matches nothing
        mvc.perform(put("canbo.khoa.ca", VALUES + "KH-HS/2026-03", "{\"value\":1}").header("If-Match", "\"0\""))
                .andExpect(status().isConflict());
        mvc.perform(get("canbo.khoa.ca", VALUES + "KH-HS/2026-03")).andExpect(status().isNotFound());
    }

    @Test
    void theFormPageSaysWhoChangedAValueMeanwhileAndOverwritesNothing() throws Exception {
        var officer = user(accounts.loadUserByUsername("canbo.khoa.ca"));
        String page = "/wards/khoa-mot/forms/ca/2026-06";
        mvc.perform(put("canbo.khoa.ca2", VALUES + "KH-PT/2026-06", "{\"value\":40}")).andExpect(status().isOk());
        String form = mvc.perform(MockMvcRequestBuilders.get(page).with(officer)).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("name=\"version\" value=\"0\"");
        mvc.perform(put("canbo.khoa.ca2", VALUES + "KH-PT/2026-06", "{\"value\":45}")).andExpect(status().isOk());
        String answer = mvc.perform(MockMvcRequestBuilders.post(page + "/values/KH-PT").with(officer).with(csrf())
                        .header("HX-Request", "true").param("value", "50").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("KH-PT: Bản ghi đã được canbo.khoa.ca2 sửa lúc ")
                .contains("; hãy tải lại và nhập lại.");
        mvc.perform(get("canbo.khoa.ca", VALUES + "KH-PT/2026-06")).andExpect(jsonPath("$.value").value(45.0));
        // with the version the page shows now, the value is saved
        assertThat(answer).contains("name=\"version\" value=\"1\"");
        mvc.perform(MockMvcRequestBuilders.post(page + "/values/KH-PT").with(officer).with(csrf())
                        .header("HX-Request", "true").param("value", "50").param("version", "1"))
                .andExpect(status().isOk());
        mvc.perform(get("canbo.khoa.ca", VALUES + "KH-PT/2026-06")).andExpect(jsonPath("$.value").value(50.0));
    }

    @Test
    void aTargetChangedMeanwhileIsRefusedWithItsVersion() throws Exception {
        String target = "/api/v1/wards/khoa-mot/indicators/KH-TK/targets/2030";
        mvc.perform(get("lanhdao.khoa", target)).andExpect(status().isNotFound());
        mvc.perform(put("lanhdao.khoa", target, "{\"target\":5000}")).andExpect(status().isNoContent())
                .andExpect(header().string("ETag", "\"0\""));
        mvc.perform(get("lanhdao.khoa", target)).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.target").value(5000.0));
        mvc.perform(put("admin", target, "{\"target\":6000}").header("If-Match", "\"0\""))
                .andExpect(status().isNoContent()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(put("lanhdao.khoa", target, "{\"target\":5500}").header("If-Match", "\"0\""))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.changedBy").value("admin")).andExpect(jsonPath("$.current.target").value(6000.0));
        mvc.perform(get("lanhdao.khoa", target)).andExpect(jsonPath("$.target").value(6000.0));
    }

    @Test
    void aVersionReadOfATargetNotSetIsRefusedAndEachSettingIsAudited() throws Exception {
        String target = "/api/v1/wards/khoa-mot/indicators/KH-TK/targets/2031";
        mvc.perform(put("lanhdao.khoa", target, "{\"target\":100}").header("If-Match", "\"0\""))
                .andExpect(status().isConflict());
        mvc.perform(get("lanhdao.khoa", target)).andExpect(status().isNotFound());
        mvc.perform(put("lanhdao.khoa", target, "{\"target\":100}")).andExpect(status().isNoContent());
        mvc.perform(put("lanhdao.khoa", target, "{\"target\":120}").header("If-Match", "\"0\""))
                .andExpect(status().isNoContent());
        var audited = jdbc.sql("""
                select a.action, a.before ->> 'target' as before, a.after ->> 'target' as after from audit_log a
                where a.entity = 'indicator_target' and a.entity_key = 'khoa-mot/KH-TK/2031' order by a.id
                """).query().listOfRows();
        assertThat(audited).extracting(r -> r.get("action") + " " + r.get("before") + " → " + r.get("after"))
                .containsExactly("UPDATE null → 100.0000", "UPDATE 100.0000 → 120.0000");
    }

    private static BigDecimal number(Object json) {
        return new BigDecimal(String.valueOf(json));
    }
}
