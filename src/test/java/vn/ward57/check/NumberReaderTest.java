package vn.ward57.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ward57.check.Reading.Form;

/** Every form of number and date the Vietnamese reports write. */
class NumberReaderTest {

    private static Reading only(String text) {
        List<Reading> all = NumberReader.read(text);
        assertThat(all).as(text).hasSize(1);
        return all.getFirst();
    }

    @Test
    void countsWithThousandsDotsAndDecimalCommas() {
        Reading r = only("tiếp nhận 12.456 hồ sơ");
        assertThat(r.form()).isEqualTo(Form.PLAIN);
        assertThat(r.value()).isEqualByComparingTo("12456");
        assertThat(r.raw()).isEqualTo("12.456");
        assertThat(r.start()).isEqualTo(10);
        assertThat(only("sau 1,5 năm").value()).isEqualByComparingTo("1.5");
        assertThat(only("Số thủ tục: 2110").value()).isEqualByComparingTo("2110");
    }

    @Test
    void percentagesWithCommaOrPointAndASpace() {
        Reading r = only("đạt 98,70%");
        assertThat(r.measure()).isEqualTo(Measure.PERCENT);
        assertThat(r.value()).isEqualByComparingTo("98.70");
        assertThat(r.decimals()).isEqualTo(2);
        assertThat(only("tỷ lệ 98.3%").value()).isEqualByComparingTo("98.3");
        assertThat(only("đạt 96.48%").decimals()).isEqualTo(2);
        assertThat(only("đạt 97,69 %").value()).isEqualByComparingTo("97.69");
        assertThat(only("= 81,6\\%").value()).isEqualByComparingTo("81.6");
    }

    @Test
    void moneyInDongAfterTheMultipliers() {
        assertThat(only("kinh phí 1,2 tỷ đồng").value()).isEqualByComparingTo("1200000000");
        Reading triệu = only("dự toán 820 triệu");
        assertThat(triệu.value()).isEqualByComparingTo("820000000");
        assertThat(triệu.measure()).as("money only in a sentence about money").isNull();
        assertThat(only("kinh phí 300 triệu đồng").measure()).isEqualTo(Measure.MONEY);
        assertThat(only("dự toán: 820.000.000đ").value()).isEqualByComparingTo("820000000");
        assertThat(only("là 1.056.000 đồng.").value()).isEqualByComparingTo("1056000");
        assertThat(only("hỗ trợ 500 nghìn đồng").value()).isEqualByComparingTo("500000");
        // "tỷ lệ" is no multiplier, "đồng chí" no money
        assertThat(only("đạt 5 tỷ lệ").form()).isEqualTo(Form.PLAIN);
        assertThat(only("có 3 đồng chí").form()).isEqualTo(Form.PLAIN);
    }

    @Test
    void fractions() {
        Reading r = only("7.185/7.355 hồ sơ");
        assertThat(r.form()).isEqualTo(Form.FRACTION);
        assertThat(r.value()).isEqualByComparingTo("7185");
        assertThat(r.denominator()).isEqualByComparingTo("7355");
        assertThat(only("hoàn thành 16/16 tiêu chí").denominator()).isEqualByComparingTo("16");
    }

    @Test
    void datesInRunningTextAndHeaderForms() {
        assertThat(only("ngày 06/6/2026").date()).isEqualTo(LocalDate.of(2026, 6, 6));
        assertThat(only("ngày 22 tháng 12 năm 2024").date()).isEqualTo(LocalDate.of(2024, 12, 22));
        assertThat(only("ngày 30/09/2025").date()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(only("ngày 9.1.2025").date()).isEqualTo(LocalDate.of(2025, 1, 9));
        Reading month = only("trong tháng 12 năm 2025");
        assertThat(month.form()).isEqualTo(Form.MONTH);
        assertThat(month.until()).isEqualTo(LocalDate.of(2025, 12, 31));
        Reading noYear = only("vào ngày 10/10 hằng năm");
        assertThat(noYear.form()).isEqualTo(Form.DATE);
        assertThat(noYear.date()).isNull();
        assertThat(only("ngày 31/6/2026").date()).as("no such day").isNull();
    }

    @Test
    void periods() {
        Reading r = only("Tính từ ngày 01/7 - 06/11/2025, Trung tâm");
        assertThat(r.form()).isEqualTo(Form.PERIOD);
        assertThat(r.date()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(r.until()).isEqualTo(LocalDate.of(2025, 11, 6));
        Reading words = only("từ ngày 01/01/2026 đến ngày 06/6/2026");
        assertThat(words.date()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(words.until()).isEqualTo(LocalDate.of(2026, 6, 6));
        assertThat(only("(01/7/2025 - 04/12/2025)").until()).isEqualTo(LocalDate.of(2025, 12, 4));
        assertThat(only("giai đoạn 2025 - 2035").form()).isEqualTo(Form.YEARS);
    }

    @Test
    void documentNumbersAreReadWhole() {
        for (String number : List.of("70/KH-UBND", "57-NQ/TW", "02-KH/BCĐTW", "193/2025/QH15", "30/2020/NĐ-CP",
                "766/QĐ-TTg", "914/UBND-VHXH", "05/KH-MTTQ-BTT")) {
            Reading r = only("theo văn bản " + number + " của");
            assertThat(r.form()).as(number).isEqualTo(Form.DOCUMENT_NUMBER);
            assertThat(r.raw()).isEqualTo(number);
        }
        assertThat(only("Nghị quyết số 57-\nNQ/TW").form()).isEqualTo(Form.DOCUMENT_NUMBER);
        assertThat(only("Kế hoạch số 02 KH/BCĐTW").form()).isEqualTo(Form.DOCUMENT_NUMBER);
    }

    @Test
    void listMarksTimesAndCodes() {
        assertThat(only("1. Kết quả").form()).isEqualTo(Form.LIST_MARK);
        assertThat(only("2.1. Công tác").form()).isEqualTo(Form.LIST_MARK);
        assertThat(only("- (3) Số nhiệm vụ").form()).isEqualTo(Form.LIST_MARK);
        assertThat(only("họp lúc 07:30").form()).isEqualTo(Form.TIME);
        assertThat(only("phủ sóng 5G").form()).isEqualTo(Form.CODE);
        assertThat(only("mô hình Chợ 4.0").form()).isEqualTo(Form.CODE);
        assertThat(only("chuyển đổi số7.").form()).as("a footnote mark").isEqualTo(Form.CODE);
    }

    @Test
    void oneCharacterBelongsToOneReading() {
        List<Reading> all = NumberReader.read("Kế hoạch số 70/KH-UBND ngày 18/9/2025 giao 12 nhiệm vụ, đạt 98,70%.");
        assertThat(all).extracting(Reading::form)
                .containsExactly(Form.DOCUMENT_NUMBER, Form.DATE, Form.PLAIN, Form.PERCENT);
        assertThat(all.get(2).value()).isEqualTo(new BigDecimal("12"));
    }
}
