package vn.ward57.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.delete;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/**
 * The registers' shared shape ({@link VersionedRegisterApi}, {@link RegisterApi}) answers as each register's
 * controller did on its own: 201 with the new record's path as Location, the version as ETag where the records
 * have one (also when a read answers the record with its parts), none where they have not, 204 on delete.
 */
@Ward57Test
class RegisterApiTest {

    private static final String LEADER = "lanhdao.anhai";
    private static final String WARD = "/api/v1/wards/an-hai";

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse created(String list, String json) throws Exception {
        MockHttpServletResponse response = mvc.perform(post(LEADER, list, json)).andExpect(status().isCreated())
                .andReturn().getResponse();
        Object id = JsonPath.read(response.getContentAsString(), "$.id");
        assertThat(response.getHeader("Location")).isEqualTo(list + "/" + id);
        return response;
    }

    @Test
    void aVersionedRecordIsCreatedAtItsPathReadWithItsVersionAndDeletedWithIt() throws Exception {
        String list = WARD + "/budget-lines";
        String line = created(list, """
                {"fiscalYear":2041,"category":"CDS","code":"KIT-01","name":"Thiết bị kiểm tra","estimate":100000000}
                """).getHeader("Location");
        // the read answers the line with its parts; the ETag is the line's version
        mvc.perform(get(LEADER, line)).andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.line.code").value("KIT-01"));
        mvc.perform(put(LEADER, line, """
                {"fiscalYear":2041,"category":"CDS","code":"KIT-01","name":"Thiết bị kiểm tra","estimate":120000000}
                """).header("If-Match", "\"0\"")).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\"")).andExpect(jsonPath("$.estimate").value(120000000));
        String adjustment = mvc.perform(post(LEADER, line + "/adjustments", """
                {"decidedOn":"2041-03-01","amount":5000000,"document":"QĐ kiểm tra","reason":"Kiểm tra"}
                """)).andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        assertThat(adjustment).matches(line.replace("/", "\\/") + "\\/adjustments\\/\\d+");
        mvc.perform(delete(LEADER, adjustment)).andExpect(status().isNoContent());
        String version = mvc.perform(get(LEADER, line)).andReturn().getResponse().getHeader("ETag");
        mvc.perform(delete(LEADER, line).header("If-Match", "\"0\"")).andExpect(status().isConflict());
        mvc.perform(delete(LEADER, line).header("If-Match", version)).andExpect(status().isNoContent());
        mvc.perform(get(LEADER, line)).andExpect(status().isNotFound());
    }

    @Test
    void aRecordWithoutVersionIsCreatedAtItsPathAndReadWithoutETag() throws Exception {
        String list = WARD + "/recommendations";
        String recommendation = created(list, """
                {"code":"KIT-KN-01","content":"Đề nghị kiểm tra","decidingAuthority":"Sở Khoa học và Công nghệ",
                 "leadBody":"Sở Tài chính","coordinatingBodies":"Các Sở, ngành","expectedOutput":"Kết quả kiểm tra",
                 "deadline":"2041-12-31","deadlineText":"Năm 2041","scope":"HIGHER","status":null}
                """).getHeader("Location");
        mvc.perform(get(LEADER, recommendation)).andExpect(status().isOk())
                .andExpect(header().doesNotExist("ETag")).andExpect(jsonPath("$.code").value("KIT-KN-01"));
        mvc.perform(delete(LEADER, recommendation)).andExpect(status().isNoContent());
        mvc.perform(get(LEADER, recommendation)).andExpect(status().isNotFound());
    }
}
