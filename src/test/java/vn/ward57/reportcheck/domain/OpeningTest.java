package vn.ward57.reportcheck.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ward57.check.Block;
import vn.ward57.check.CheckedText;

/** What a report's opening says of its period and of the ward it is from. */
class OpeningTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Báo cáo kết quả thực hiện Nghị quyết 57-NQ/TW tháng 11/2026 | 2026-11-01 | 2026-11-30",
            "BÁO CÁO Kết quả chuyển đổi số quý IV năm 2026 | 2026-10-01 | 2026-12-31",
            "Báo cáo sơ kết 6 tháng đầu năm 2026 | 2026-01-01 | 2026-06-30",
            "Báo cáo kết quả thực hiện năm 2025 trên địa bàn phường | 2025-01-01 | 2025-12-31",
            "Số liệu tính từ ngày 01/7/2025 đến ngày 06/11/2025 | 2025-07-01 | 2025-11-06",
            "Kết quả từ 01/7/2025 - 06/11/2025 | 2025-07-01 | 2025-11-06",
            // the date line of a draft and the resolution's date are days, not the period
            "Trung Thành, ngày   tháng 6 năm 2026 | - | -",
            "Hà Nội, ngày 15 tháng 6 năm 2026 | - | -",
            "Sơ kết 01 năm 06 tháng thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 | - | -",
            "Kết quả từ 06/11/2025 đến 01/7/2025 | - | -",
            "Báo cáo tháng 13/2026 | - | -"})
    void readsThePeriodItStates(String line, LocalDate from, LocalDate to) {
        Optional<StatedPeriod.Found> found = StatedPeriod.of(CheckedText.ofPlainText(line).blocks());
        assertThat(found.map(StatedPeriod.Found::from).orElse(null)).isEqualTo(from);
        assertThat(found.map(StatedPeriod.Found::to).orElse(null)).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ỦY BAN NHÂN DÂN PHƯỜNG TRUNG THÀNH | Phường An Hải | true",
            "ỦY BAN NHÂN DÂN PHƯỜNG AN HẢI | Phường An Hải | false",
            "UBND phường An Hải báo cáo kết quả | Phường An Hải | false",
            "UBND xã Hòa Tiến báo cáo | Phường An Hải | true",
            "Báo cáo kết quả chuyển đổi số | Phường An Hải | false",
            // a ward of the same name in another province
            "UBND THÀNH PHỐ HẢI PHÒNG ỦY BAN NHÂN DÂN PHƯỜNG AN HẢI | Phường An Hải | true",
            "UBND THÀNH PHỐ ĐÀ NẴNG ỦY BAN NHÂN DÂN PHƯỜNG AN HẢI | Phường An Hải | false",
            "Thực hiện Công văn của UBND thành phố Đà Nẵng, UBND phường An Hải báo cáo | Phường An Hải | false"})
    void tellsWhenTheReportIsAnotherWards(String opening, String ward, boolean another) {
        List<Block> blocks = CheckedText.ofPlainText(opening + "\n\nNội dung báo cáo.").blocks();
        assertThat(NamedWard.another(blocks, ward, "Thành phố Đà Nẵng")).isEqualTo(another);
    }
}
