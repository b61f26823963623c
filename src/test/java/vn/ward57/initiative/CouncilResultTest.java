package vn.ward57.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.initiative.Council.A;
import static vn.ward57.initiative.Council.B;
import static vn.ward57.initiative.Council.CHAIR;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/**
 * The council's result on a hand-worked example. Weights: novelty 2, effectiveness 1, scope 1
 * (Σ = 4); a member's score = (2·N + E + S) / 4; the result = mean over the members who scored.
 * <pre>
 * Y: chair 10,9,9 → (20+9+9)/4 = 9,5;  A 9,8.5,9.5 → (18+8,5+9,5)/4 = 9,0;  B recused
 *    → (9,5 + 9,0)/2 = 9,25 → giải nhất (≥ 9)
 * X: chair 8,6,10 → (16+6+10)/4 = 8,0; A 9,9,9 → 9,0;  B 7,8,6 → (14+8+6)/4 = 7,0
 *    → (8+9+7)/3 = 8,00 → giải nhì (≥ 8)
 * W: all three 8,8,8 → 8,0 each → 8,00 → tied with X: both rank 2, giải nhì
 * Z: chair 6,5,5 → (12+5+5)/4 = 5,5; A 5,6,6 → (10+6+6)/4 = 5,5; B 4,5,3 → (8+5+3)/4 = 4,0
 *    → (5,5+5,5+4)/3 = 5,00 → công nhận (≥ 5, < 6)
 * ranking: Y 1, then W and X share rank 2 (ties listed by code), Z 4
 * </pre>
 */
@Ward57Test
class CouncilResultTest {

    @Autowired
    MockMvc mvc;

    @Test
    void resultRankingAwardsSignOffAndMinutes() throws Exception {
        Council c = new Council(mvc, 2091);
        long y = c.initiative("Y", "Số hóa hồ sơ một cửa");
        long x = c.initiative("X", "Bản tin điều hành hằng tuần");
        long w = c.initiative("W", "Thu phí chợ không dùng tiền mặt");
        long z = c.initiative("Z", "Hướng dẫn nộp hồ sơ trực tuyến");
        c.declare(B, y, "Là đồng tác giả").andExpect(status().isCreated());
        c.score(CHAIR, y, "10", "9", "9").andExpect(status().isOk());
        c.score(A, y, "9", "8.5", "9.5").andExpect(status().isOk());
        c.score(CHAIR, x, "8", "6", "10").andExpect(status().isOk());
        c.score(A, x, "9", "9", "9").andExpect(status().isOk());
        c.score(B, x, "7", "8", "6").andExpect(status().isOk());
        for (String member : new String[] {CHAIR, A, B}) {
            c.score(member, w, "8", "8", "8").andExpect(status().isOk());
        }
        c.score(CHAIR, z, "6", "5", "5").andExpect(status().isOk());
        c.score(A, z, "5", "6", "6").andExpect(status().isOk());
        c.score(B, z, "4", "5", "3").andExpect(status().isOk());

        c.close(A).andExpect(status().isForbidden());
        mvc.perform(get(A, c.base + "/results")).andExpect(status().isConflict());
        c.close(CHAIR).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSED"));

        mvc.perform(get(B, c.base + "/results")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("Y")).andExpect(jsonPath("$[0].rank").value(1))
                .andExpect(jsonPath("$[0].result").value(9.25)).andExpect(jsonPath("$[0].members").value(2))
                .andExpect(jsonPath("$[0].award").value("FIRST"))
                .andExpect(jsonPath("$[1].code").value("W")).andExpect(jsonPath("$[1].rank").value(2))
                .andExpect(jsonPath("$[1].result").value(8.0)).andExpect(jsonPath("$[1].award").value("SECOND"))
                .andExpect(jsonPath("$[2].code").value("X")).andExpect(jsonPath("$[2].rank").value(2))
                .andExpect(jsonPath("$[2].result").value(8.0)).andExpect(jsonPath("$[2].members").value(3))
                .andExpect(jsonPath("$[3].code").value("Z")).andExpect(jsonPath("$[3].rank").value(4))
                .andExpect(jsonPath("$[3].result").value(5.0)).andExpect(jsonPath("$[3].award").value("RECOGNISED"));

        c.sign(A).andExpect(status().isForbidden());
        c.sign(CHAIR).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SIGNED"))
                .andExpect(jsonPath("$.signedBy").value(CHAIR));
        c.sign(CHAIR).andExpect(status().isConflict());
        c.score(A, z, "10", "10", "10").andExpect(status().isConflict());

        byte[] docx = mvc.perform(get(A, c.base + "/minutes.docx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx));
             var text = new XWPFWordExtractor(doc)) {
            String all = text.getText();
            assertThat(all).contains("UBND PHƯỜNG AN HẢI", "HỘI ĐỒNG XÉT DUYỆT SÁNG KIẾN",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "BIÊN BẢN HỌP HỘI ĐỒNG XÉT DUYỆT SÁNG KIẾN NĂM 2091", "CHỦ TỊCH HỘI ĐỒNG", "Lê Văn Hùng",
                    "Trương Thị Mai không chấm sáng kiến Y: Là đồng tác giả")
                    .containsPattern("An Hải, ngày \\d{2} tháng \\d{2} năm \\d{4}");
            // the result table: header, then one row per initiative in rank order
            var rows = doc.getTables().get(1).getRows();
            assertThat(rows).hasSize(5);
            assertThat(rows.get(1).getCell(0).getText()).isEqualTo("1");
            assertThat(rows.get(1).getCell(1).getText()).isEqualTo("Số hóa hồ sơ một cửa");
            assertThat(rows.get(1).getCell(2).getText()).isEqualTo("Tác giả Y");
            assertThat(rows.get(1).getCell(3).getText()).isEqualTo("Phòng Văn hóa - Xã hội");
            assertThat(rows.get(1).getCell(4).getText()).isEqualTo("9,25");
            assertThat(rows.get(1).getCell(5).getText()).isEqualTo("Giải nhất");
            assertThat(rows.get(2).getCell(0).getText()).isEqualTo("2");
            assertThat(rows.get(3).getCell(0).getText()).isEqualTo("2");
            assertThat(rows.get(3).getCell(4).getText()).isEqualTo("8,00");
            assertThat(rows.get(4).getCell(0).getText()).isEqualTo("4");
            assertThat(rows.get(4).getCell(5).getText()).isEqualTo("Công nhận");
        }
    }

    /** The default thresholds at their boundaries: a result equal to a threshold reaches that level. */
    @Test
    void awardThresholds() {
        Thresholds t = Thresholds.DEFAULT;
        assertThat(t.award(new BigDecimal("10"))).isEqualTo(Award.FIRST);
        assertThat(t.award(new BigDecimal("9.00"))).isEqualTo(Award.FIRST);
        assertThat(t.award(new BigDecimal("8.99"))).isEqualTo(Award.SECOND);
        assertThat(t.award(new BigDecimal("7"))).isEqualTo(Award.THIRD);
        assertThat(t.award(new BigDecimal("6.5"))).isEqualTo(Award.MERIT);
        assertThat(t.award(new BigDecimal("5"))).isEqualTo(Award.RECOGNISED);
        assertThat(t.award(new BigDecimal("4.99"))).isEqualTo(Award.NONE);
        assertThat(t.award(null)).isEqualTo(Award.NONE);
        Thresholds strict = new Thresholds(new BigDecimal("9.5"), new BigDecimal("8.5"), new BigDecimal("7.5"),
                new BigDecimal("6.5"), new BigDecimal("5.5"));
        assertThat(strict.award(new BigDecimal("9.25"))).isEqualTo(Award.SECOND);
        assertThat(strict.award(new BigDecimal("5.25"))).isEqualTo(Award.NONE);
        assertThat(strict.ordered()).isTrue();
        assertThat(new Thresholds(new BigDecimal("8"), new BigDecimal("9"), new BigDecimal("7"),
                new BigDecimal("6"), new BigDecimal("5")).ordered()).isFalse();
    }
}
