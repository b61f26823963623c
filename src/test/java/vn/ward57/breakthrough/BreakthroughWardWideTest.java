package vn.ward57.breakthrough;

import static vn.ward57.Api.WARD_WIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.delete;
import static vn.ward57.Api.post;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/**
 * Breakthrough models and recommendations belong to no unit: the ward's officers not limited to a unit keep
 * them, a unit officer (congan.anhai) reads them but writes nothing, by the API, the pages or a file.
 */
@Ward57Test
class BreakthroughWardWideTest {

    private static final String MODELS = "/api/v1/wards/an-hai/breakthroughs";
    private static final String RECOMMENDATIONS = "/api/v1/wards/an-hai/recommendations";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void aUnitOfficerWritesNeitherModelsNorRecommendations() throws Exception {
        mvc.perform(post("congan.anhai", MODELS, model("WW-1")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        mvc.perform(post("congan.anhai", RECOMMENDATIONS, recommendation("WW-R1")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        long model = id(mvc.perform(post("canbo.anhai", MODELS, model("WW-2"))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        long rec = id(mvc.perform(post("canbo.anhai", RECOMMENDATIONS, recommendation("WW-R2")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(delete("congan.anhai", MODELS + "/" + model)).andExpect(status().isForbidden());
        mvc.perform(post("congan.anhai", RECOMMENDATIONS + "/" + rec + "/follow-ups",
                        "{\"status\":\"SENT\",\"note\":\"Đã gửi\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        var file = new MockMultipartFile("file", "minh-chung.pdf", "application/pdf",
                "%PDF-1.4 minh chứng".getBytes(StandardCharsets.UTF_8));
        mvc.perform(MockMvcRequestBuilders.multipart(MODELS + "/" + model + "/files").file(file)
                        .with(httpBasic("congan.anhai", Api.PASSWORD)))
                .andExpect(status().isForbidden());
        var csv = new MockMultipartFile("file", "mo-hinh.csv", "text/csv",
                "Mã,Tên mô hình\nWW-3,Mô hình từ tệp\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/an-hai/breakthrough-imports").file(csv)
                        .with(httpBasic("congan.anhai", Api.PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));

        assertThat(count("breakthrough", "WW-1") + count("breakthrough", "WW-3") + count("recommendation", "WW-R1"))
                .isZero();
        assertThat(count("breakthrough", "WW-2")).isOne();
        assertThat(jdbc.sql("select status from recommendation where id = ?").param(rec).query(String.class).single())
                .isEqualTo("PROPOSED");
        assertThat(jdbc.sql("select count(*) from breakthrough_file where breakthrough_id = ?").param(model)
                .query(Long.class).single()).isZero();
        mvc.perform(Api.get("congan.anhai", MODELS + "/" + model)).andExpect(status().isOk());
    }

    @Test
    void thePagesRefuseAUnitOfficer() throws Exception {
        RequestPostProcessor congan = user(accounts.loadUserByUsername("congan.anhai"));
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/breakthroughs/new").with(congan))
                .andExpect(status().isForbidden()).andExpect(content().string(Matchers.containsString(WARD_WIDE)));
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/recommendations/new").with(congan))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/wards/an-hai/breakthroughs").with(congan).with(csrf())
                        .param("code", "WW-P1").param("title", "Mô hình trang").param("status", "RUNNING"))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/wards/an-hai/recommendations").with(congan).with(csrf())
                        .param("code", "WW-P2").param("scope", "SELF"))
                .andExpect(status().isForbidden());
        assertThat(count("breakthrough", "WW-P1") + count("recommendation", "WW-P2")).isZero();
        String list = mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/breakthroughs").with(congan))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("/wards/an-hai/breakthroughs/new");
    }

    private static String model(String code) {
        return BreakthroughApiTest.model(code, "Mô hình " + code, "\"Kỹ năng số còn hạn chế\"", "[]", "[]");
    }

    private static String recommendation(String code) {
        return RecommendationApiTest.recommendation(code, "SELF", java.time.LocalDate.of(2026, 12, 31), null);
    }

    private long count(String table, String code) {
        return jdbc.sql("select count(*) from " + table + " t join ward w on w.id = t.ward_id"
                + " where w.code = 'an-hai' and t.code = ?").param(code).query(Long.class).single();
    }

    private static long id(String json) {
        return JsonPath.<Number>read(json, "$.id").longValue();
    }
}
