package vn.ward57.task;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ward57.Ward57Test;

/** Issue 20, item 5: a directive is not dated before the document it implements, in the register or national. */
@Ward57Test
class DirectiveDatesTest {

    private static final String WARD = "vb-ngay";
    private static final String OFFICER = "canbo.vb-ngay";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = ?").param(WARD).query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-vb\",\"name\":\"Tỉnh Văn bản\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-vb/wards", "{\"code\":\"" + WARD + "\",\"name\":\"Phường Ngày\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"%s","fullName":"Cán bộ","role":"WARD_OFFICER","wardCode":"%s","password":"ward57-demo"}
                """.formatted(OFFICER, WARD))).andExpect(status().isCreated());
    }

    @Test
    void aPlanNamingResolution57CannotBeDatedBeforeIt() throws Exception {
        String title = "Kế hoạch thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị";
        // 20/12/2024 is two days before 57-NQ/TW (22/12/2024, the check module's table)
        directive("12/KH-UBND", "2024-12-20", title, "[]").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("issuedOn"))
                .andExpect(jsonPath("$.detail").value("Ngày ban hành 20/12/2024 sớm hơn ngày ban hành của văn bản được "
                        + "triển khai 57-NQ/TW (22/12/2024): văn bản triển khai không thể ban hành trước văn bản mà nó "
                        + "triển khai."));
        // the same day is allowed
        directive("12/KH-UBND", "2024-12-22", title, "[]").andExpect(status().isCreated());
    }

    @Test
    void aDirectiveCannotBeDatedBeforeTheRegisteredDirectiveItImplements() throws Exception {
        long plan = id(directive("05/KH-UBND", "2025-03-10", "Kế hoạch chuyển đổi số năm 2025", "[]")
                .andExpect(status().isCreated()));
        directive("06/KH-UBND", "2025-03-09", "Quyết định giao nhiệm vụ", "[" + plan + "]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("issuedOn"))
                .andExpect(jsonPath("$.detail").value("Ngày ban hành 09/3/2025 sớm hơn ngày ban hành của văn bản được "
                        + "triển khai 05/KH-UBND (10/3/2025): văn bản triển khai không thể ban hành trước văn bản mà nó "
                        + "triển khai."));
        directive("06/KH-UBND", "2025-03-10", "Quyết định giao nhiệm vụ", "[" + plan + "]")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.implementsIds[0]").value(plan));
    }

    private ResultActions directive(String number, String issuedOn, String title, String implementsIds)
            throws Exception {
        String type = "KH";
        return mvc.perform(post(OFFICER, "/api/v1/wards/" + WARD + "/directives", """
                {"type":"%s","number":"%s","issuedOn":"%s","issuer":"UBND phường","title":"%s","implementsIds":%s}
                """.formatted(type, number, issuedOn, title, implementsIds)));
    }

    private static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }
}
