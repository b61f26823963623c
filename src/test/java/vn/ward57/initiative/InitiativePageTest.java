package vn.ward57.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.initiative.Council.A;
import static vn.ward57.initiative.Council.B;
import static vn.ward57.initiative.Council.CHAIR;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ward57.Ward57Test;

/** The pages: list with the demo call, submit form, a member's scoring page, council, result and minutes. */
@Ward57Test
class InitiativePageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theRegisterListsTheDemoCallAndLinksItsCouncil() throws Exception {
        assertThat(page(A, "/wards/an-hai/registers")).contains("/wards/an-hai/initiatives");
        String list = page(A, "/wards/an-hai/initiatives?q=chợ");
        assertThat(list).contains("Giải pháp xử lý, thu hồi nợ đọng tại các chợ trên địa bàn phường An Hải")
                .doesNotContain("Tổng hợp bản tin hằng tuần").contains("Đang chấm điểm").contains("/council");
    }

    @Test
    void aMemberScoresOnTheirPageAndTheChairClosesAndSigns() throws Exception {
        Council c = new Council(mvc, 2097);
        String pages = "/wards/an-hai/initiative-calls/" + c.callId;
        mvc.perform(MockMvcRequestBuilders.post(pages + "/initiatives").with(as(A)).with(csrf())
                .param("code", "P1").param("title", "Bản đồ số điểm thanh toán").param("authors", "Lê Thị Kim Oanh")
                .param("unitCode", "kinh-te").param("submittedOn", "2025-11-25"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "Đã nộp sáng kiến P1."));
        long p1 = idOf(c, "P1");
        assertThat(page(B, pages + "/my-scores")).contains("Bản đồ số điểm thanh toán").contains("name=\"v_NOVELTY\"");
        mvc.perform(MockMvcRequestBuilders.post(pages + "/my-scores/" + p1).with(as(B)).with(csrf())
                .param("v_NOVELTY", "11").param("v_EFFECTIVENESS", "8").param("v_SCOPE", "8"))
                .andExpect(flash().attribute("flashError",
                        "Điểm tiêu chí \"Tính mới\" phải từ 0 đến 10, theo bước 0,5 (đã nhập: 11)."));
        for (String member : new String[] {CHAIR, A, B}) {
            mvc.perform(MockMvcRequestBuilders.post(pages + "/my-scores/" + p1).with(as(member)).with(csrf())
                    .param("v_NOVELTY", "7,5").param("v_EFFECTIVENESS", "8").param("v_SCOPE", "8"))
                    .andExpect(flash().attribute("flash", "Đã lưu điểm."));
        }
        assertThat(page(A, pages + "/results")).contains("Kết quả chỉ hiển thị sau khi");
        // the weights as VietnameseFormat.count writes them (a whole one without decimals), the thresholds with two
        assertThat(page(CHAIR, pages + "/council")).contains("Kết thúc chấm điểm").contains("Trương Thị Mai")
                .contains("<td class=\"num\">2</td>", "≥ 9,00", "≥ 5,00");
        mvc.perform(MockMvcRequestBuilders.post(pages + "/council/close").with(as(CHAIR)).with(csrf()))
                .andExpect(flash().attribute("flash", "Đã kết thúc chấm điểm."));
        // (2 × 7,5 + 8 + 8) / 4 = 7,75 for each member → 7,75, giải ba
        assertThat(page(A, pages + "/results")).contains("7,75").contains("Giải ba").contains("minutes.docx");
        mvc.perform(MockMvcRequestBuilders.post(pages + "/council/sign").with(as(CHAIR)).with(csrf()))
                .andExpect(flash().attribute("flash", "Đã ký xác nhận kết quả."));
        byte[] docx = mvc.perform(MockMvcRequestBuilders.get(pages + "/minutes.docx").with(as(B)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(docx.length).isGreaterThan(1000);
    }

    private long idOf(Council c, String code) throws Exception {
        String body = mvc.perform(vn.ward57.Api.get(A, c.base + "/initiatives?q=" + code)).andReturn().getResponse()
                .getContentAsString();
        return com.jayway.jsonpath.JsonPath.<java.util.List<Integer>>read(body, "$[?(@.code == '" + code + "')].id").getFirst();
    }
}
