package vn.ward57.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;
import static vn.ward57.initiative.Council.A;
import static vn.ward57.initiative.Council.B;
import static vn.ward57.initiative.Council.CHAIR;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/** Who sees which scores when, and the scores, declarations and changes that are refused. */
@Ward57Test
class ScoringRulesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long scoreRows(long initiativeId) {
        return jdbc.sql("select count(*) from initiative_score where initiative_id = ?").param(initiativeId)
                .query(Long.class).single();
    }

    @Test
    void aMemberSeesOnlyTheirOwnScoresUntilTheChairCloses() throws Exception {
        Council c = new Council(mvc, 2092);
        long i = c.initiative("V1", "Trợ lý số trả lời thủ tục hành chính");
        c.score(A, i, "7", "7.5", "8").andExpect(status().isOk());
        mvc.perform(get(B, c.base + "/scores")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get(CHAIR, c.base + "/scores")).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get(A, c.base + "/scores")).andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[*].username").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is(A))));
        c.score(B, i, "6", "6", "6").andExpect(status().isOk());
        mvc.perform(get(B, c.base + "/scores")).andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[?(@.username == 'canbo.anhai')]").isEmpty());
        c.score(CHAIR, i, "9", "9", "9").andExpect(status().isOk());
        c.close(CHAIR).andExpect(status().isOk());
        mvc.perform(get(B, c.base + "/scores")).andExpect(jsonPath("$.length()").value(9))
                .andExpect(jsonPath("$[?(@.username == 'canbo.anhai' && @.criterion == 'EFFECTIVENESS')].value")
                        .value(7.5));
    }

    @Test
    void aMemberWithAConflictCannotScoreAndNothingIsWritten() throws Exception {
        Council c = new Council(mvc, 2093);
        long i = c.initiative("C1", "Thu hồi nợ đọng tại các chợ");
        c.score(B, i, "5", "5", "5").andExpect(status().isOk());
        // declaring withdraws the member's earlier scores of it
        c.declare(B, i, "Vợ là tác giả").andExpect(status().isCreated())
                .andExpect(jsonPath("$.fullName").value("Trương Thị Mai"));
        assertThat(scoreRows(i)).isZero();
        c.score(B, i, "8", "8", "8").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(
                        "Bạn đã kê khai xung đột lợi ích với sáng kiến C1 nên không được chấm sáng kiến này."));
        assertThat(scoreRows(i)).isZero();
        c.declare(B, i, " ").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        // not a member of this council
        c.score("congan.anhai", i, "8", "8", "8").andExpect(status().isForbidden());
        c.declare("congan.anhai", i, "x").andExpect(status().isForbidden());
        mvc.perform(get(A, c.base + "/conflicts")).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].reason").value("Vợ là tác giả"));
    }

    @Test
    void aScoreOutsideTheScaleIsRefusedWhole() throws Exception {
        Council c = new Council(mvc, 2094);
        long i = c.initiative("S1", "Ứng dụng CNTT trong công tác Hội");
        c.score(A, i, "9", "11", "8").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Điểm tiêu chí \"Hiệu quả\" phải từ 0 đến 10, theo bước 0,5 (đã nhập: 11)."));
        c.score(A, i, "9", "-1", "8").andExpect(status().isBadRequest());
        c.score(A, i, "9", "7.3", "8").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Điểm tiêu chí \"Hiệu quả\" phải từ 0 đến 10, theo bước 0,5 (đã nhập: 7,3)."));
        assertThat(scoreRows(i)).isZero();
        mvc.perform(put(A, "/api/v1/wards/an-hai/initiatives/" + i + "/scores",
                "{\"scores\":[{\"criterion\":\"NOVELTY\",\"value\":9}]}")).andExpect(status().isBadRequest());
        assertThat(scoreRows(i)).isZero();
        c.score(A, i, "10", "0", "9.5").andExpect(status().isOk());
        assertThat(scoreRows(i)).isEqualTo(3);
    }

    @Test
    void closingIsRefusedWhileAMemberHasNotScoredThenEverythingIsFrozen() throws Exception {
        Council c = new Council(mvc, 2095);
        long i = c.initiative("F1", "Tổng hợp bản tin hằng tuần");
        long j = c.initiative("F2", "Phối hợp nội bộ giữa các phòng");
        c.declare(B, j, "Là tác giả").andExpect(status().isCreated());
        c.score(CHAIR, i, "8", "8", "8");
        c.score(CHAIR, j, "8", "8", "8");
        c.score(A, i, "8", "8", "8");
        // the rubric is fixed once anyone has scored
        mvc.perform(put(A, c.base + "/criteria", "{\"criteria\":[{\"code\":\"N\",\"name\":\"Mới\",\"weight\":1}]}"))
                .andExpect(status().isConflict());
        c.close(CHAIR).andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(
                "Chưa thể kết thúc chấm điểm: còn thành viên chưa chấm đủ (trong ngoặc là số sáng kiến chưa chấm): "
                        + "Nguyễn Thị Lan (1), Trương Thị Mai (1)."));
        c.score(A, j, "7", "7", "7");
        c.score(B, i, "9", "9", "9");
        c.close(CHAIR).andExpect(status().isOk());

        c.score(A, i, "10", "10", "10").andExpect(status().isConflict());
        c.declare(A, i, "muộn").andExpect(status().isConflict());
        mvc.perform(post(A, c.base + "/initiatives", """
                {"code":"F3","title":"Muộn","authors":"X","submittedOn":"2025-09-15"}
                """)).andExpect(status().isConflict());
        mvc.perform(put(A, "/api/v1/wards/an-hai/initiatives/" + i, """
                {"code":"F1","title":"Đổi tên","authors":"X","submittedOn":"2025-09-15"}
                """)).andExpect(status().isConflict());
        mvc.perform(post(A, c.base + "/members", "{\"username\":\"congan.anhai\"}")).andExpect(status().isConflict());
        // F1: chair 8, A 8, B 9 (all criteria alike) → (8 + 8 + 9) / 3 = 8,333… → 8,33;
        // F2: chair 8, A 7, B recused → 7,50
        mvc.perform(get(A, c.base + "/results")).andExpect(status().isOk()).andExpect(jsonPath("$[0].code").value("F1"))
                .andExpect(jsonPath("$[1].result").value(7.5)).andExpect(jsonPath("$[1].members").value(2))
                .andExpect(jsonPath("$[0].result").value(8.33));
        c.sign(CHAIR).andExpect(status().isOk());
        c.score(A, i, "10", "10", "10").andExpect(status().isConflict());
        c.close(CHAIR).andExpect(status().isConflict());
        mvc.perform(put(A, c.base, """
                {"year":2095,"title":"Đổi","opensOn":"2095-06-01","closesOn":"2095-10-31"}
                """)).andExpect(status().isConflict());
        assertThat(scoreRows(i)).isEqualTo(9);
    }

    @Test
    void theCouncilHasOneChairOfTheWardsUsers() throws Exception {
        Council c = new Council(mvc, 2096);
        mvc.perform(post(A, c.base + "/members", "{\"username\":\"congan.anhai\",\"role\":\"CHAIR\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post(A, c.base + "/members", "{\"username\":\"canbo.trungthanh\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("username"));
        mvc.perform(post(A, c.base + "/members", "{\"username\":\"congan.anhai\",\"role\":\"BOSS\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("role"));
        mvc.perform(get(B, c.base + "/members")).andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].role").value("CHAIR")).andExpect(jsonPath("$[0].fullName").value("Lê Văn Hùng"));
    }
}
