package vn.ward57.reportcheck.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ward57.check.CheckedText;

/** Which of a province's wards a report's issuer line names. */
class IssuerTest {

    static final List<String> WARDS = List.of("Phường An Hải", "Phường An Hải Bắc", "Xã Hòa Tiến", "Phường Hải Châu");

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "ỦY BAN NHÂN DÂN PHƯỜNG AN HẢI | Phường An Hải",
            "UBND PHƯỜNG AN HẢI BẮC | Phường An Hải Bắc",
            "ỦY BAN NHÂN DÂN XÃ HÒA TIẾN | Xã Hòa Tiến",
            "UBND phường Hải Châu báo cáo kết quả | Phường Hải Châu",
            // a ward of another province, or no issuer: none
            "ỦY BAN NHÂN DÂN PHƯỜNG TRUNG THÀNH | -",
            "Báo cáo kết quả chuyển đổi số trên địa bàn An Hải | -",
            // two unrelated wards named: whose it is cannot be told
            "UBND phường Hải Châu và UBND xã Hòa Tiến | -"})
    void isTheWardItsIssuerLineNames(String opening, String ward) {
        var blocks = CheckedText.ofPlainText(opening + "\n\nNội dung.").blocks();
        assertThat(NamedWard.issuer(blocks, WARDS, Function.identity()).orElse(null)).isEqualTo(ward);
    }
}
