package vn.ward57.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;

import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ward57.Ward57Test;

/**
 * What residents send is public only once an officer who handles feedback publishes it (button "Công khai"):
 * before, Open311 does not know it and the receipt page shows its state without the content; the address is
 * shown only where the resident agreed on the form. On a ward of the test's own (md-hai).
 */
@Ward57Test
class FeedbackModerationTest {

    private static final String WARD = "/wards/md-hai";
    private static final String OPEN311 = "/open311/v2/requests";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = 'md-hai'").query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-md\",\"name\":\"Tỉnh Kiểm duyệt\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-md/wards", "{\"code\":\"md-hai\",\"name\":\"Phường Kiểm Duyệt\"}"));
        for (String[] u : new String[][] {{"canbo.mdhai", "WARD_OFFICER"}, {"xem.mdhai", "VIEWER"}}) {
            mvc.perform(post("admin", "/api/v1/users", """
                    {"username":"%s","fullName":"Người dùng %s","role":"%s","wardCode":"md-hai","password":"%s"}
                    """.formatted(u[0], u[0], u[1], vn.ward57.Api.PASSWORD))).andExpect(status().isCreated());
        }
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** Sends the public form from its own address; answers the receipt code. */
    private String send(String client, String content, String address, boolean consent) throws Exception {
        var request = MockMvcRequestBuilders.multipart(WARD + "/gop-y").param("category", "HA-TANG")
                .param("content", content).param("address", address).param("name", "Đỗ Thị Riêng Tư")
                .param("phone", "0988 777 666").with(csrf()).with(r -> {
                    r.setRemoteAddr(client);
                    return r;
                });
        if (consent) {
            request.param("addressConsent", "true");
        }
        String thanks = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        String page = mvc.perform(MockMvcRequestBuilders.get(thanks)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        var m = Pattern.compile("PA-\\d{4}-\\d{4}").matcher(page);
        assertThat(m.find()).as("a receipt code").isTrue();
        return m.group();
    }

    private long id(String code) {
        return jdbc.sql("select f.id from feedback_item f join ward w on w.id = f.ward_id where w.code = 'md-hai' "
                + "and f.code = ?").param(code).query(Long.class).single();
    }

    @Test
    void aResidentsFeedbackIsPublicOnlyAfterAnOfficerPublishesItAndItsAddressOnlyWithConsent() throws Exception {
        String code = send("10.0.9.1", "Ổ gà lớn trước nhà số 12 Trần Phú", "Số 12 Trần Phú", false);
        long id = id(code);
        // before: Open311 does not know it, the receipt shows its state only
        mvc.perform(MockMvcRequestBuilders.get(OPEN311 + "/" + code + ".json?jurisdiction_id=md-hai"))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get(OPEN311 + ".json?jurisdiction_id=md-hai"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(code))));
        mvc.perform(MockMvcRequestBuilders.get(WARD + "/gop-y/" + code)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã tiếp nhận")))
                .andExpect(content().string(containsString("Nội dung sẽ hiện ở đây khi phường công khai phản ánh.")))
                .andExpect(content().string(not(containsString("Ổ gà"))))
                .andExpect(content().string(not(containsString("Trần Phú"))));

        // the officer's page offers the button; a viewer may not press it
        mvc.perform(MockMvcRequestBuilders.get(WARD + "/feedback/" + id).with(as("canbo.mdhai")))
                .andExpect(content().string(containsString("Chưa công khai")))
                .andExpect(content().string(containsString(">Công khai</button>")));
        mvc.perform(MockMvcRequestBuilders.post(WARD + "/feedback/" + id + "/publish").with(as("xem.mdhai")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get(OPEN311 + "/" + code + ".json?jurisdiction_id=md-hai"))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.post(WARD + "/feedback/" + id + "/publish").with(as("canbo.mdhai")).with(csrf()))
                .andExpect(flash().attribute("flash", "Đã công khai phản ánh " + code + "."));

        // after: shown, but without the address the resident did not agree to publish
        mvc.perform(MockMvcRequestBuilders.get(OPEN311 + "/" + code + ".json?jurisdiction_id=md-hai"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].description").value("Ổ gà lớn trước nhà số 12 Trần Phú"))
                .andExpect(jsonPath("$[0].address").value(org.hamcrest.Matchers.nullValue()));
        mvc.perform(MockMvcRequestBuilders.get(OPEN311 + ".json?jurisdiction_id=md-hai"))
                .andExpect(jsonPath("$[*].service_request_id").value(hasItem(code)))
                .andExpect(content().string(not(containsString("Số 12 Trần Phú"))));
        mvc.perform(MockMvcRequestBuilders.get(WARD + "/gop-y/" + code))
                .andExpect(content().string(containsString("Ổ gà lớn trước nhà số 12 Trần Phú")))
                .andExpect(content().string(not(containsString("Số 12 Trần Phú"))));
        mvc.perform(MockMvcRequestBuilders.get(WARD + "/feedback/" + id).with(as("canbo.mdhai")))
                .andExpect(content().string(containsString("Đã công khai (canbo.mdhai)")))
                .andExpect(content().string(containsString(">Thôi công khai</button>")));

        // with the resident's consent the address is shown too; withdrawn, the item is gone again
        String agreed = send("10.0.9.2", "Cây đổ chắn lối đi", "Số 5 Lê Duẩn", true);
        mvc.perform(post("canbo.mdhai", "/api/v1/wards/md-hai/feedback/" + id(agreed) + "/publish", ""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.isPublic").value(true))
                .andExpect(jsonPath("$.publishedBy").value("canbo.mdhai"));
        mvc.perform(MockMvcRequestBuilders.get(OPEN311 + "/" + agreed + ".json?jurisdiction_id=md-hai"))
                .andExpect(jsonPath("$[0].address").value("Số 5 Lê Duẩn"))
                .andExpect(content().string(not(containsString("Riêng Tư"))))
                .andExpect(content().string(not(containsString("0988"))));
        mvc.perform(post("canbo.mdhai", "/api/v1/wards/md-hai/feedback/" + id(agreed) + "/unpublish", ""))
                .andExpect(jsonPath("$.isPublic").value(false));
        mvc.perform(MockMvcRequestBuilders.get(OPEN311 + "/" + agreed + ".json?jurisdiction_id=md-hai"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anItemAnOfficerTookInIsPublicOnlyIfTheOfficerPublishedIt() throws Exception {
        String quiet = intake("Thư phản ánh về tiếng ồn ban đêm", false);
        mvc.perform(MockMvcRequestBuilders.get(WARD + "/gop-y/" + quiet)).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get(OPEN311 + "/" + quiet + ".json?jurisdiction_id=md-hai"))
                .andExpect(status().isNotFound());
        String shown = intake("Đề nghị lắp thêm đèn chiếu sáng công viên", true);
        mvc.perform(MockMvcRequestBuilders.get(OPEN311 + "/" + shown + ".json?jurisdiction_id=md-hai"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].description").value("Đề nghị lắp thêm đèn chiếu sáng công viên"));
    }

    private String intake(String content, boolean isPublic) throws Exception {
        String body = mvc.perform(post("canbo.mdhai", "/api/v1/wards/md-hai/feedback", """
                {"channel":"LETTER","category":"HA-TANG","content":"%s","address":"Tổ 3","isPublic":%s}
                """.formatted(content, isPublic))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(body, "$.code");
    }
}
