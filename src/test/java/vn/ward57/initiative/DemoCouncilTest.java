package vn.ward57.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/**
 * An Hải's 2025 call as demo/demo-initiative.sql loads it (seed 000: 13 initiatives being scored).
 * Scores: SK-01…SK-10 by all 5 members except Mai on SK-08 (49 sheets), SK-11 by 2 → 51 sheets of 3
 * criteria; the chair's own: SK-01…SK-11 = 11 × 3 = 33. Still owing: the chair and Lan SK-12, SK-13 (2);
 * Mai, Tuấn, Ánh SK-11…SK-13 (3).
 */
@Ward57Test
class DemoCouncilTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theDemoCouncilIsScoringThirteenInitiatives() throws Exception {
        String calls = mvc.perform(get("canbo.anhai", "/api/v1/wards/an-hai/initiative-calls"))
                .andReturn().getResponse().getContentAsString();
        int callId = JsonPath.<java.util.List<Integer>>read(calls, "$[?(@.year == 2025)].id").getFirst();
        String base = "/api/v1/wards/an-hai/initiative-calls/" + callId;
        mvc.perform(get("canbo.anhai", base)).andExpect(jsonPath("$.state").value("OPEN"));
        mvc.perform(get("canbo.anhai", base + "/initiatives")).andExpect(jsonPath("$.length()").value(13));
        mvc.perform(get("canbo.anhai", base + "/members")).andExpect(jsonPath("$.length()").value(5))
                .andExpect(jsonPath("$[0].username").value("lanhdao.anhai")).andExpect(jsonPath("$[0].role").value("CHAIR"));
        mvc.perform(get("canbo.anhai", base + "/conflicts")).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].initiativeCode").value("SK-08"));
        mvc.perform(get("lanhdao.anhai", base + "/scores")).andExpect(jsonPath("$.length()").value(33));
        String refusal = mvc.perform(post("lanhdao.anhai", base + "/close", "{}")).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(refusal, "$.detail")).endsWith(
                "Đỗ Minh Tuấn (3), Huỳnh Thị Ngọc Ánh (3), Lê Văn Hùng (2), Nguyễn Thị Lan (2), Trương Thị Mai (3).");
    }
}
