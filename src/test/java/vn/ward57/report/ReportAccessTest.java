package vn.ward57.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.delete;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/**
 * The report rows of README's "Who may do what", through the one rule: every officer of the ward (a unit
 * officer too) drafts, edits and deletes a report; only a leader issues it; another ward's user and a ward's
 * officer on the province's templates are refused, and nothing is written.
 */
@Ward57Test
class ReportAccessTest {

    private static final String W = "/api/v1/wards/an-hai/reports";
    private static final String HEADER = """
            {"place":"An Hải","title":"tình hình tháng 5","recipients":"Lưu: VT.","signerMode":"TM"}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aUnitOfficerDraftsEditsAndDeletesTheWardsReport() throws Exception {
        long id = draft("congan.anhai");
        mvc.perform(put("congan.anhai", "/api/v1/reports/" + id, HEADER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("tình hình tháng 5"));
        mvc.perform(delete("congan.anhai", "/api/v1/reports/" + id)).andExpect(status().isNoContent());
        assertThat(count(id)).isZero();
    }

    @Test
    void onlyALeaderIssuesTheReport() throws Exception {
        long id = draft("canbo.anhai");
        mvc.perform(post("canbo.anhai", "/api/v1/reports/" + id + "/finalise", "{\"reason\":\"đã rà soát\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Chỉ lãnh đạo phường (hoặc quản trị tỉnh) mới được ban hành "
                        + "báo cáo (chuyển sang bản chính thức)."));
        assertThat(jdbc.sql("select status from report where id = ?").param(id).query(String.class).single())
                .isEqualTo("DRAFT");
    }

    @Test
    void anotherWardsUserNeitherReadsNorChangesTheReport() throws Exception {
        long id = draft("canbo.anhai");
        String denied = "Bạn không có quyền truy cập dữ liệu của phường này.";
        mvc.perform(get("canbo.trungthanh", "/api/v1/reports/" + id)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(denied));
        mvc.perform(put("canbo.trungthanh", "/api/v1/reports/" + id, HEADER)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(denied));
        mvc.perform(delete("canbo.trungthanh", "/api/v1/reports/" + id)).andExpect(status().isForbidden());
        mvc.perform(get("canbo.trungthanh", "/api/v1/reports/" + id + "/document.docx")).andExpect(status().isForbidden());
        assertThat(count(id)).isOne();
        assertThat(jdbc.sql("select title from report where id = ?").param(id).query(String.class).single())
                .isNotEqualTo("tình hình tháng 5");
    }

    @Test
    void aWardsOfficerDoesNotTouchTheProvincesTemplates() throws Exception {
        String denied = "Chỉ cán bộ quản trị của tỉnh này được làm việc này.";
        mvc.perform(get("lanhdao.anhai", "/api/v1/provinces/da-nang/report-templates"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(denied));
        mvc.perform(delete("lanhdao.anhai", "/api/v1/provinces/da-nang/report-templates/MONTHLY"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(denied));
        mvc.perform(get("admin", "/api/v1/provinces/da-nang/report-templates")).andExpect(status().isOk());
    }

    private long draft(String user) throws Exception {
        String body = mvc.perform(post(user, W, """
                        {"kind":"MONTHLY","from":"2026-05-01","to":"2026-05-31"}
                        """)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.<Number>read(body, "$.id").longValue();
    }

    private long count(long id) {
        return jdbc.sql("select count(*) from report where id = ?").param(id).query(Long.class).single();
    }
}
