package vn.ward57.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.Finding.Severity;

/** A rate with a decimal point in a text that writes the decimal comma elsewhere. */
class DecimalMarkTest {

    private static List<Finding> formats(String text) {
        return TextChecker.check(CheckedText.ofPlainText(text), KnownFigures.none()).stream()
                .filter(f -> f.kind() == Kind.FORMAT).toList();
    }

    @Test
    void aPointAmongCommasIsNoted() {
        assertThat(formats("Tỷ lệ hồ sơ trực tuyến đạt 81,6%. Tỷ lệ số hóa kết quả đạt 96.48%."))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.LOW);
                    assertThat(f.expected()).isEqualTo("96,48%");
                });
    }

    @Test
    void oneConventionThroughoutIsNoFinding() {
        assertThat(formats("Tỷ lệ số hóa kết quả đạt 96.48%. Tỷ lệ thanh toán trực tuyến đạt 94.29%.")).isEmpty();
        assertThat(formats("Tiếp nhận 12.456 hồ sơ, đã giải quyết 12.294 hồ sơ, đạt 98,70%.")).isEmpty();
    }
}
