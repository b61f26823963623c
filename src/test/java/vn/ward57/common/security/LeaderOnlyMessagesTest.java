package vn.ward57.common.security;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/** An officer refused what only the leaders may do is told what that was, not of reassigning tasks (issue 21). */
@Ward57Test
class LeaderOnlyMessagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void lockingAPeriodAndIssuingAReportAreRefusedInTheirOwnWords() throws Exception {
        mvc.perform(post("canbo.anhai", "/api/v1/wards/an-hai/indicator-locks/2024-01", ""))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(
                        "Chỉ lãnh đạo phường (hoặc quản trị tỉnh) mới được khóa số liệu chỉ tiêu của một kỳ."));
        String created = mvc.perform(post("canbo.anhai", "/api/v1/wards/an-hai/reports",
                        "{\"kind\":\"NQ57_RESULTS\",\"from\":\"2024-01-01\",\"to\":\"2024-03-31\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = JsonPath.<Integer>read(created, "$.id");
        mvc.perform(post("canbo.anhai", "/api/v1/reports/" + id + "/finalise", "{\"reason\":\"Gửi tỉnh\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Chỉ lãnh đạo phường (hoặc quản trị tỉnh) mới được ban hành "
                        + "báo cáo (chuyển sang bản chính thức)."));
    }
}
