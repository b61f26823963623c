package vn.ward57.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A report's title names the resolution and the period it reports on; the period after the number is not the
 * day the resolution was issued, so none of these is a wrong date (it was one, in the browser test's upload).
 */
class ReportTitleTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Kết quả thực hiện Nghị quyết 57-NQ/TW tháng 11/2026",
            "Báo cáo kết quả thực hiện Nghị quyết số 57-NQ/TW tháng 11 năm 2026 của Bộ Chính trị",
            "Báo cáo sơ kết thực hiện Nghị quyết số 57-NQ/TW 6 tháng đầu năm 2026",
            "Báo cáo kết quả thực hiện Nghị quyết 57-NQ/TW năm 2025 trên địa bàn phường",
            "Kết quả triển khai Nghị quyết 57-NQ/TW quý III/2026"})
    void isNoWrongDate(String title) {
        assertThat(TextChecker.check(CheckedText.ofPlainText(title), KnownFigures.none())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Thực hiện Nghị quyết số 57-NQ/TW ngày 10/6/2024 của Bộ Chính trị",
            "Thực hiện Nghị quyết số 57-NQ/TW ngày 10 tháng 6 năm 2024 của Bộ Chính trị"})
    void butAWrongDayIs(String sentence) {
        assertThat(TextChecker.check(CheckedText.ofPlainText(sentence), KnownFigures.none()))
                .extracting(Finding::kind).containsExactly(Finding.Kind.DATE);
    }
}
