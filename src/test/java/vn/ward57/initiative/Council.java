package vn.ward57.initiative;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Builds a call of an-hai through the API for one test: its own year, rubric weights 2/1/1 and a
 * council of lanhdao.anhai (chair, Lê Văn Hùng), canbo.anhai (A, Nguyễn Thị Lan) and vhxh.anhai
 * (B, Trương Thị Mai).
 */
final class Council {

    static final String CHAIR = "lanhdao.anhai";
    static final String A = "canbo.anhai";
    static final String B = "vhxh.anhai";

    final MockMvc mvc;
    final long callId;
    final String base;

    Council(MockMvc mvc, int year) throws Exception {
        this.mvc = mvc;
        String call = mvc.perform(post(A, "/api/v1/wards/an-hai/initiative-calls", """
                {"year":%d,"title":"Đợt xét sáng kiến thử","opensOn":"%d-06-01","closesOn":"%d-10-31"}
                """.formatted(year, year, year))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        callId = JsonPath.<Integer>read(call, "$.id");
        base = "/api/v1/wards/an-hai/initiative-calls/" + callId;
        mvc.perform(put(A, base + "/criteria", """
                {"criteria":[{"code":"NOVELTY","name":"Tính mới","weight":2},
                             {"code":"EFFECTIVENESS","name":"Hiệu quả","weight":1},
                             {"code":"SCOPE","name":"Phạm vi ảnh hưởng","weight":1}]}
                """)).andExpect(status().isOk());
        member(CHAIR, "CHAIR");
        member(A, "MEMBER");
        member(B, "MEMBER");
    }

    void member(String username, String role) throws Exception {
        mvc.perform(post(A, base + "/members", "{\"username\":\"%s\",\"role\":\"%s\"}".formatted(username, role)))
                .andExpect(status().isCreated());
    }

    long initiative(String code, String title) throws Exception {
        String body = mvc.perform(post(A, base + "/initiatives", """
                {"code":"%s","title":"%s","authors":"Tác giả %s","unitCode":"van-hoa-xa-hoi","submittedOn":"2025-09-15",
                 "problem":"Vấn đề","solution":"Giải pháp","results":"Kết quả"}
                """.formatted(code, title, code))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.<Integer>read(body, "$.id");
    }

    /** The member's scores of novelty, effectiveness, scope. */
    ResultActions score(String username, long initiativeId, String novelty, String effectiveness, String scope)
            throws Exception {
        return mvc.perform(put(username, "/api/v1/wards/an-hai/initiatives/" + initiativeId + "/scores", """
                {"scores":[{"criterion":"NOVELTY","value":%s},{"criterion":"EFFECTIVENESS","value":%s},
                           {"criterion":"SCOPE","value":%s}]}
                """.formatted(novelty, effectiveness, scope)));
    }

    ResultActions declare(String username, long initiativeId, String reason) throws Exception {
        return mvc.perform(post(username, "/api/v1/wards/an-hai/initiatives/" + initiativeId + "/conflicts",
                "{\"reason\":\"%s\"}".formatted(reason)));
    }

    ResultActions close(String username) throws Exception {
        return mvc.perform(post(username, base + "/close", "{}"));
    }

    ResultActions sign(String username) throws Exception {
        return mvc.perform(post(username, base + "/sign", "{}"));
    }
}
