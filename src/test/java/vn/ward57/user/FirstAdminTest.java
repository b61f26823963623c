package vn.ward57.user;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Without the demo, the first start creates the administrator with WARD57_ADMIN_PASSWORD. */
@SpringBootTest(properties = "WARD57_ADMIN_PASSWORD=mat-khau-dau-tien")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FirstAdminTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theFirstAdministratorLogsInAndStartsWithNoProvince() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/provinces").with(httpBasic("admin", "mat-khau-dau-tien")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/provinces").with(httpBasic("admin", "mat-khau-dau-tien"))
                        .contentType("application/json").content("{\"code\":\"da-nang\",\"name\":\"Thành phố Đà Nẵng\"}"))
                .andExpect(status().isCreated());
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/provinces").with(httpBasic("admin", "mat-khau-dau-tien")))
                .andExpect(jsonPath("$[0].code").value("da-nang"));
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/provinces").with(httpBasic("admin", "ward57-demo")))
                .andExpect(status().isUnauthorized());
    }
}
