package vn.ward57.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ward57.check.Finding.Kind;

/**
 * The caller's own documents (a ward's directive register) are checked like the national ones, and a finding
 * against a known value says what to write instead of the marked number, in the text's own form.
 */
class RegisterAndReplacementTest {

    private static final KnownDocument PLAN_2025 = new KnownDocument("15/KH-UBND", LocalDate.of(2025, 3, 3),
            "Kế hoạch chuyển đổi số năm 2025");
    private static final KnownDocument PLAN_2026 = new KnownDocument("15/KH-UBND", LocalDate.of(2026, 2, 10),
            "Kế hoạch chuyển đổi số năm 2026");

    private static List<Finding> check(String text, List<KnownDocument> documents, List<KnownFigure> figures) {
        KnownFigures known = new KnownFigures() {
            @Override
            public List<KnownFigure> figures() {
                return figures;
            }

            @Override
            public List<KnownDocument> documents() {
                return documents;
            }
        };
        return TextChecker.check(new CheckedText(List.of(Block.paragraph(0, "I. KẾT QUẢ", text))), known);
    }

    private static List<Finding> dates(String text, KnownDocument... documents) {
        return check(text, List.of(documents), List.of()).stream().filter(f -> f.kind() == Kind.DATE).toList();
    }

    @Test
    void aWrongDateOfTheWardsOwnDirectiveIsFoundQuotingBothDates() {
        String text = "Thực hiện Kế hoạch số 15/KH-UBND ngày 05/3/2025 của UBND phường, các đơn vị đã triển khai.";
        assertThat(dates(text, PLAN_2025)).singleElement().satisfies(f -> {
            assertThat(f.explanation()).contains("15/KH-UBND", "03/3/2025", "05/3/2025");
            assertThat(f.expected()).isEqualTo("03/3/2025");
            assertThat(f.replacement()).isEqualTo("03/3/2025");
            assertThat(text.substring(f.location().start(), f.location().end())).isEqualTo("05/3/2025");
        });
        // the same sentence without the register knows nothing to compare
        assertThat(dates(text)).isEmpty();
    }

    @Test
    void theRightDateIsNotAFinding() {
        assertThat(dates("Thực hiện Kế hoạch số 15/KH-UBND ngày 03/3/2025 của UBND phường.", PLAN_2025)).isEmpty();
    }

    @Test
    void aNumberTheWardUsesEveryYearIsReadWithTheWrittenYear() {
        assertThat(dates("Kế hoạch số 15/KH-UBND ngày 10/02/2026 đã được ban hành.", PLAN_2025, PLAN_2026)).isEmpty();
        assertThat(dates("Kế hoạch số 15/KH-UBND ngày 03/3/2025 đã được ban hành.", PLAN_2025, PLAN_2026)).isEmpty();
        assertThat(dates("Kế hoạch số 15/KH-UBND ngày 12/02/2026 đã được ban hành.", PLAN_2025, PLAN_2026))
                .singleElement().satisfies(f -> assertThat(f.explanation()).contains("10/02/2026", "12/02/2026"));
    }

    @Test
    void aDateWrittenInFullIsReplacedInFull() {
        assertThat(dates("Căn cứ Kế hoạch số 15/KH-UBND ngày 05 tháng 3 năm 2025 của UBND phường.", PLAN_2025))
                .singleElement().satisfies(f -> assertThat(f.replacement()).isEqualTo("ngày 03 tháng 3 năm 2025"));
    }

    @Test
    void theNationalTableWinsOverARegistersCopyOfANationalDocument() {
        var copy = new KnownDocument("57-NQ/TW", LocalDate.of(2024, 12, 23), "Nghị quyết 57 (bản sao sai ngày)");
        assertThat(dates("Thực hiện Nghị quyết số 57-NQ/TW ngày 23/12/2024 của Bộ Chính trị.", copy))
                .singleElement().satisfies(f -> assertThat(f.replacement()).isEqualTo("22/12/2024"));
    }

    @Test
    void aMismatchOffersTheFiguresTextButAFractionIsLeftToTheOfficer() {
        var pending = new KnownFigure("dossier.pending", List.of("hồ sơ đang giải quyết"), BigDecimal.valueOf(12456),
                Measure.COUNT, "12.456", null);
        var rate = new KnownFigure("dossier.onlineRate", List.of("tỷ lệ hồ sơ trực tuyến"), new BigDecimal("98.7"),
                Measure.PERCENT, "98,70%", null);
        assertThat(check("Đến nay còn 12.000 hồ sơ đang giải quyết.", List.of(), List.of(pending)))
                .filteredOn(f -> f.kind() == Kind.SYSTEM_MISMATCH).singleElement()
                .satisfies(f -> assertThat(f.replacement()).isEqualTo("12.456"));
        assertThat(check("Tỷ lệ hồ sơ trực tuyến đạt 95,5%.", List.of(), List.of(rate)))
                .filteredOn(f -> f.kind() == Kind.SYSTEM_MISMATCH).singleElement()
                .satisfies(f -> assertThat(f.replacement()).isEqualTo("98,70%"));
        var online = new KnownFigure("dossier.newOnline", List.of("hồ sơ tiếp nhận trực tuyến"), BigDecimal.valueOf(7185),
                Measure.COUNT, "7.185", null);
        List<Finding> fraction = check("Số hồ sơ tiếp nhận trực tuyến là 7.000/7.355 hồ sơ.", List.of(), List.of(online));
        fraction.forEach(f -> System.out.println(f.kind() + " " + f.numbers() + " " + f.replacement()));
        assertThat(fraction).filteredOn(f -> f.kind() == Kind.SYSTEM_MISMATCH).singleElement()
                .satisfies(f -> assertThat(f.replacement()).isNull());
    }
}
