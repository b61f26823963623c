package vn.ward57.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Ward57Test;

/**
 * The residents' form on a ward of the test's own (pa-hai), without login: every refusal writes nothing;
 * the honeypot answers as if accepted; the sixth submission in an hour from one address is refused. Then
 * the Open311 view of what was sent, once an officer published it: GeoReport v2 field names, no name or phone
 * (FeedbackModerationTest: nothing is public before).
 */
@Ward57Test
class PublicFormTest {

    private static final String FORM = "/wards/pa-hai/gop-y";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = 'pa-hai'").query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-pa2\",\"name\":\"Tỉnh Góp ý\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-pa2/wards", "{\"code\":\"pa-hai\",\"name\":\"Phường Góp Ý\"}"));
    }

    private ResultActions send(String address, String content, String website, MockMultipartFile... files)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart(FORM);
        Arrays.stream(files).forEach(request::file);
        request.param("category", "HA-TANG").param("content", content).param("address", "Hẻm 5 Lê Lợi")
                .param("addressConsent", "true").param("name", "Trần Thị Bí Mật").param("phone", "0911 222 333").param("website", website)
                .with(csrf()).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        return followed(mvc.perform(request));
    }

    /** An accepted form answers a redirect to its thanks page (Post/Redirect/Get): what the browser then shows. */
    private ResultActions followed(ResultActions posted) throws Exception {
        String location = posted.andReturn().getResponse().getRedirectedUrl();
        return location == null ? posted : mvc.perform(MockMvcRequestBuilders.get(location));
    }

    @Test
    void theThanksPageIsAGetSoReloadingItSendsNothingAgain() throws Exception {
        long before = items();
        MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart(FORM);
        request.param("category", "HA-TANG").param("content", "Đèn đường hỏng ở hẻm 9").with(csrf()).with(r -> {
            r.setRemoteAddr("10.0.6.1");
            return r;
        });
        String thanks = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(thanks).matches(FORM + "/cam-on\\?ma=PA-\\d{4}-\\d{4}");
        String code = thanks.substring(thanks.indexOf("ma=") + 3);
        for (int reload = 0; reload < 2; reload++) {
            mvc.perform(MockMvcRequestBuilders.get(thanks)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Cảm ơn bạn đã gửi góp ý")))
                    .andExpect(content().string(containsString(">" + code + "</a>")));
        }
        assertThat(items()).isEqualTo(before + 1);
        // a code the ward has not received is not thanked for
        mvc.perform(MockMvcRequestBuilders.get(FORM + "/cam-on?ma=PA-1999-0001")).andExpect(status().isNotFound());
    }

    @Test
    void theCategoryIsAskedForNotDefaulted() throws Exception {
        String form = mvc.perform(MockMvcRequestBuilders.get(FORM)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        String select = form.substring(form.indexOf("name=\"category\""));
        assertThat(select.substring(0, select.indexOf("</select>")))
                .contains("<option value=\"\">— Chọn lĩnh vực —</option>").doesNotContain("selected");
        long before = items();
        MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart(FORM);
        request.param("category", "").param("content", "Cây đổ chắn đường").with(csrf()).with(r -> {
            r.setRemoteAddr("10.0.7.1");
            return r;
        });
        String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String field = page.substring(page.indexOf("for=\"category\""));
        assertThat(field.substring(0, field.indexOf("</div>")))
                .contains("class=\"invalid\"", "Hãy chọn lĩnh vực của phản ánh, kiến nghị.");
        assertThat(items()).isEqualTo(before);
    }

    private long items() {
        return jdbc.sql("select count(*) from feedback_item f join ward w on w.id = f.ward_id where w.code = 'pa-hai'")
                .query(Long.class).single();
    }

    @Test
    void theFormOpensWithoutLogin() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get(FORM)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Góp ý, phản ánh, kiến nghị")))
                .andExpect(content().string(containsString("name=\"website\"")))
                .andExpect(content().string(containsString("name=\"addressConsent\"")))
                .andExpect(content().string(containsString("Đồng ý công khai địa chỉ")));
    }

    @Test
    void badSubmissionsAreRefusedAndWriteNothing() throws Exception {
        long before = items();
        send("10.0.1.1", "  ", "").andExpect(status().isOk())
                .andExpect(content().string(containsString("Nội dung phản ánh, kiến nghị không được để trống.")));
        send("10.0.1.1", "x".repeat(4001), "").andExpect(status().isOk())
                .andExpect(content().string(containsString("Nội dung phản ánh dài quá 4000 ký tự (đang có 4001 ký tự).")));
        send("10.0.1.1", "Đèn đường hỏng", "", new MockMultipartFile("files", "virus.exe",
                "application/octet-stream", new byte[] {1, 2, 3}))
                .andExpect(content().string(containsString(
                        "Tệp „virus.exe“ không được nhận: chỉ nhận ảnh (JPG, PNG, GIF, WebP) hoặc PDF.")));
        send("10.0.1.1", "Đèn đường hỏng", "", new MockMultipartFile("files", "anh.png", "image/png",
                new byte[5 * 1024 * 1024 + 1]))
                .andExpect(content().string(containsString("Tệp „anh.png“ lớn quá 5 MB.")));
        assertThat(items()).isEqualTo(before);
    }

    @Test
    void theHoneypotIsAnsweredAsIfAcceptedAndWritesNothing() throws Exception {
        long before = items();
        send("10.0.2.1", "Mua thuốc giá rẻ", "http://spam.example").andExpect(status().isOk())
                .andExpect(content().string(containsString("Cảm ơn bạn đã gửi góp ý")))
                .andExpect(content().string(not(containsString("PA-"))));
        assertThat(items()).isEqualTo(before);
    }

    @Test
    void theSixthSubmissionInAnHourIsRefused() throws Exception {
        long before = items();
        for (int i = 1; i <= 5; i++) {
            send("10.0.3.1", "Góp ý số " + i, "").andExpect(content().string(containsString("PA-")));
        }
        send("10.0.3.1", "Góp ý số 6", "").andExpect(content().string(containsString(
                "Địa chỉ của bạn đã gửi 5 góp ý trong một giờ qua; vui lòng thử lại sau.")));
        assertThat(items()).isEqualTo(before + 5);
        // another address is not held back
        send("10.0.3.2", "Góp ý từ máy khác", "").andExpect(content().string(containsString("PA-")));
    }

    @Test
    void anAcceptedSubmissionGetsAReceiptAndShowsOnOpen311WithoutPersonalData() throws Exception {
        String page = send("10.0.4.1", "Cống thoát nước bị tắc trước nhà số 7", "",
                new MockMultipartFile("files", "cong.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1}))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Mã tiếp nhận")))
                .andReturn().getResponse().getContentAsString();
        var m = java.util.regex.Pattern.compile("PA-\\d{4}-\\d{4}").matcher(page);
        assertThat(m.find()).isTrue();
        String code = m.group();
        assertThat(jdbc.sql("""
                select f.channel || '|' || (f.published_at is not null) || '|' || f.address_consent || '|'
                       || f.submitter_phone || '|' || count(a.id)
                from feedback_item f join ward w on w.id = f.ward_id left join feedback_attachment a on a.item_id = f.id
                where w.code = 'pa-hai' and f.code = ? group by f.id
                """).param(code).query(String.class).single()).isEqualTo("PUBLIC_FORM|false|true|0911 222 333|1");
        // the receipt page: state, no personal data
        mvc.perform(MockMvcRequestBuilders.get(FORM + "/" + code)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã tiếp nhận")))
                .andExpect(content().string(not(containsString("Bí Mật"))))
                .andExpect(content().string(not(containsString("0911"))));
        long id = jdbc.sql("select f.id from feedback_item f join ward w on w.id = f.ward_id where w.code = 'pa-hai' "
                + "and f.code = ?").param(code).query(Long.class).single();
        mvc.perform(post("admin", "/api/v1/wards/pa-hai/feedback/" + id + "/publish", "")).andExpect(status().isOk());

        mvc.perform(MockMvcRequestBuilders.get("/open311/v2/services.json?jurisdiction_id=pa-hai"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.service_code == 'HA-TANG')].service_name")
                        .value(org.hamcrest.Matchers.contains("Hạ tầng, giao thông, chiếu sáng")))
                .andExpect(jsonPath("$[0].metadata").value(false))
                .andExpect(jsonPath("$[0].type").value("realtime"))
                .andExpect(jsonPath("$[0].keywords").exists())
                .andExpect(jsonPath("$[0].group").exists())
                .andExpect(jsonPath("$[0].description").exists());
        String json = mvc.perform(MockMvcRequestBuilders.get("/open311/v2/requests/" + code + ".json?jurisdiction_id=pa-hai"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].service_request_id").value(code))
                .andExpect(jsonPath("$[0].status").value("open"))
                .andExpect(jsonPath("$[0].status_notes").value("Đã tiếp nhận"))
                .andExpect(jsonPath("$[0].service_code").value("HA-TANG"))
                .andExpect(jsonPath("$[0].description").value("Cống thoát nước bị tắc trước nhà số 7"))
                .andExpect(jsonPath("$[0].address").value("Hẻm 5 Lê Lợi"))
                .andReturn().getResponse().getContentAsString();
        @SuppressWarnings("unchecked")
        var fields = ((java.util.List<java.util.Map<String, Object>>) com.jayway.jsonpath.JsonPath.parse(json).json())
                .getFirst().keySet();
        assertThat(fields).containsExactlyInAnyOrder("service_request_id", "status", "status_notes", "service_name",
                "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
                "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long",
                "media_url");
        assertThat(json).doesNotContain("Bí Mật").doesNotContain("0911");
        mvc.perform(MockMvcRequestBuilders.get("/open311/v2/requests.json?jurisdiction_id=pa-hai&status=open"))
                .andExpect(jsonPath("$[*].service_request_id").value(org.hamcrest.Matchers.hasItem(code)))
                .andExpect(content().string(not(containsString("Bí Mật"))));
        mvc.perform(MockMvcRequestBuilders.get("/open311/v2/requests.json"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$[0].code").value(400));
        mvc.perform(MockMvcRequestBuilders.get("/open311/v2/requests/PA-1999-9999.json?jurisdiction_id=pa-hai"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$[0].code").value(404));
    }
}
