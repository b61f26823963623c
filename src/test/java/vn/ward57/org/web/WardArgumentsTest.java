package vn.ward57.org.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.put;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerMapping;
import vn.ward57.Ward57Test;
import vn.ward57.org.Ward;
import vn.ward57.org.WardId;

/**
 * A {@link Ward} or {@link vn.ward57.org.Province} parameter: 404 for an unknown code, 403 for a ward the user
 * may not read (pages and API alike), and one look-up per request however often it is asked for.
 */
@Ward57Test
class WardArgumentsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void anUnknownWardIsNotFoundAndAnotherWardIsRefused() throws Exception {
        mvc.perform(get("canbo.anhai", "/api/v1/wards/khong-co/units")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không có phường, xã mã „khong-co“."));
        mvc.perform(get("canbo.anhai", "/api/v1/wards/trung-thanh/units")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Bạn không có quyền truy cập dữ liệu của phường này."));
        mvc.perform(get("canbo.anhai", "/api/v1/wards/an-hai/units")).andExpect(status().isOk());
        var officer = user(accounts.loadUserByUsername("canbo.anhai"));
        mvc.perform(MockMvcRequestBuilders.get("/wards/khong-co/units").with(officer))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/wards/trung-thanh/units").with(officer))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("Bạn không có quyền truy cập dữ liệu của phường này.")));
    }

    @Test
    void aWardIsRefusedBeforeItsInputIsJudged() throws Exception {
        // an empty name would be 400 for an-hai's own officer; for another ward's it is the refusal
        mvc.perform(vn.ward57.Api.post("canbo.anhai", "/api/v1/wards/trung-thanh/units", "{\"code\":\"x\",\"name\":\"\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aProvinceIsForItsAdmins() throws Exception {
        mvc.perform(put("canbo.anhai", "/api/v1/provinces/khong-co", "{\"name\":\"X\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("canbo.anhai", "/api/v1/provinces/thai-nguyen/wards")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Chỉ cán bộ quản trị của tỉnh này được làm việc này."));
        mvc.perform(get("admin", "/api/v1/provinces/thai-nguyen/wards")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", Matchers.hasItem("trung-thanh")));
    }

    /** The API description names the path variable the client sends, not the fields of the record. */
    @Test
    void theDescriptionSaysWardCodeInThePath() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api-docs"))
                .andExpect(jsonPath("$.paths['/api/v1/wards/{wardCode}/units'].get.parameters[*].name")
                        .value(Matchers.contains("wardCode")))
                .andExpect(jsonPath("$.paths['/api/v1/wards/{wardCode}/units'].get.parameters[0].in").value("path"))
                .andExpect(jsonPath("$.paths['/api/v1/provinces/{provinceCode}/wards'].get.parameters[*].name")
                        .value(Matchers.contains("provinceCode")));
    }

    @Test
    void aWardIsLookedUpOncePerRequest() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        Ward ward = new Ward(new WardId(1), 1, "p", "Tỉnh", "an-hai", "Phường An Hải");
        var resolver = new WardArguments.PathResolver<>(Ward.class, "wardCode", WardArguments.WARD, code -> {
            lookups.incrementAndGet();
            return ward;
        });
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("wardCode", "an-hai"));
        ServletWebRequest web = new ServletWebRequest(request);
        MethodParameter parameter = new MethodParameter(getClass().getDeclaredMethod("takesAWard", Ward.class), 0);
        assertThat(resolver.supportsParameter(parameter)).isTrue();
        assertThat(resolver.resolveArgument(parameter, null, web, null)).isSameAs(ward);
        assertThat(resolver.resolveArgument(parameter, null, web, null)).isSameAs(ward);
        assertThat(lookups).hasValue(1);
        ServletWebRequest other = new ServletWebRequest(new MockHttpServletRequest());
        assertThatThrownBy(() -> resolver.resolveArgument(parameter, null, other, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{wardCode}");
    }

    @SuppressWarnings("unused")
    private void takesAWard(Ward ward) {
    }
}
