package vn.ward57.common.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.web.Messages;

/** The shared reading and writing of register files: every fault found in one pass, nothing taken from a faulty file. */
class TableImportTest {

    static final TableColumn DATE = TableColumn.required("Ngày", 30);
    static final TableColumn TITLE = TableColumn.required("Tên", 10, "tiêu đề");
    static final TableColumn COUNT = TableColumn.optional("Số người", 20);
    static final TableColumn MONEY = TableColumn.optional("Số tiền", 30);
    static final TableColumn KIND = TableColumn.optional("Hình thức", 30);

    record Line(LocalDate date, String title, Long count, Long money, String kind) {
    }

    @Test
    void readsAGoodFileWithHeadersInAnyCaseOrderAndDiacritics() {
        String csv = "\uFEFFso tien,TIÊU ĐỀ,Ngày,Số người,hình thức\n"
                + "1.056.000.000,Tập huấn,15/1/2026,1.234,trực tuyến\n"
                + "\n"
                + "820000000 đồng,Hội nghị,2026-02-03T00:00:00,12.0,\n";
        List<Line> lines = read(csv);
        assertThat(lines).containsExactly(
                new Line(LocalDate.of(2026, 1, 15), "Tập huấn", 1234L, 1_056_000_000L, "ONLINE"),
                new Line(LocalDate.of(2026, 2, 3), "Hội nghị", 12L, 820_000_000L, null));
    }

    @Test
    void listsEveryFaultWithItsRowAndColumnAndReturnsNothing() {
        String csv = "Ngày,Tên,Số người,Số tiền,Hình thức\n"
                + "31/02/2026,Tập huấn,-3,12.5,\n"        // row 2: date, count, money
                + "15/01/2026,,7,100,qua thư\n"            // row 3: missing title, unknown kind
                + "15/01/2026,Một tên quá dài,7,100,\n";   // row 4: title over 10 characters
        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(RowsRejectedException.class, e -> {
            assertThat(e.errors()).extracting(RowError::row, RowError::column, RowError::value).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(2L, "Ngày", "31/02/2026"),
                    org.assertj.core.groups.Tuple.tuple(2L, "Số người", "-3"),
                    org.assertj.core.groups.Tuple.tuple(2L, "Số tiền", "12.5"),
                    org.assertj.core.groups.Tuple.tuple(3L, "Tên", ""),
                    org.assertj.core.groups.Tuple.tuple(3L, "Hình thức", "qua thư"),
                    org.assertj.core.groups.Tuple.tuple(4L, "Tên", "Một tên quá dài"));
            assertThat(e.errors().get(4).message()).isEqualTo("Không có trong danh sách; chọn một trong: trực tuyến.");
            assertThat(new Messages(source()).get(e))
                    .isEqualTo("Tệp có 3 dòng lỗi (6 lỗi); chưa ghi dòng nào. Sửa các ô được chỉ ra rồi nhập lại.");
        });
    }

    @Test
    void refusesAFileWithoutARequiredColumnOrWithoutRows() {
        assertThatThrownBy(() -> read("Tên,Số người\nA,1\n")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> new Messages(source()).get((InvalidInputException) e))
                .isEqualTo("Tệp thiếu cột: Ngày.");
        assertThatThrownBy(() -> read("Ngày,Tên\n")).extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("tablefile.no-rows");
    }

    @Test
    void exportsNeutraliseFormulasButKeepNumbersAndDates() throws Exception {
        List<List<?>> rows = List.of(List.of("=HYPERLINK(\"x\")", -5, LocalDate.of(2026, 6, 6), "@SUM(A1)"),
                new ArrayList<>(java.util.Arrays.asList("-1+2", new java.math.BigDecimal("1056000000"), null, "An Hải")));
        String csv = new String(TableExport.csv(List.of("Tên", "Số", "Ngày", "Ghi chú"), rows), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFTên,Số,Ngày,Ghi chú\r\n\"'=HYPERLINK(\"\"x\"\")\",-5,06/6/2026,'@SUM(A1)\r\n"
                + "'-1+2,1056000000,,An Hải\r\n");
        byte[] xlsx = TableExport.xlsx("Tập huấn", List.of("Tên", "Số", "Ngày", "Ghi chú"), rows);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var read = wb.getFirstSheet().read();
            assertThat(read.get(1).getCell(0).getText()).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(read.get(1).getCell(1).asNumber()).isEqualByComparingTo("-5");
            assertThat(read.get(2).getCell(1).asNumber()).isEqualByComparingTo("1056000000");
            assertThat(read.get(1).getCell(2).asDate().toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 6));
        }
        // the exported CSV imports back, the neutralising apostrophe taken off
        assertThat(TableImport.rows("x.csv", TableExport.csv(List.of("Ngày", "Tên"),
                        List.of(List.of(LocalDate.of(2026, 6, 6), "=1+1"))), List.of(DATE, TITLE), messages(),
                r -> r.text(TITLE))).containsExactly("=1+1");
        // and a date too
        assertThat(TableImport.rows("x.csv", TableExport.csv(List.of("Ngày", "Tên"),
                        List.of(List.of(LocalDate.of(2026, 6, 6), "An Hải"))), List.of(DATE, TITLE), messages(),
                r -> r.date(DATE))).containsExactly(LocalDate.of(2026, 6, 6));
    }

    private static List<Line> read(String csv) {
        return TableImport.rows("tep.csv", csv.getBytes(StandardCharsets.UTF_8), List.of(DATE, TITLE, COUNT, MONEY, KIND),
                messages(), r -> new Line(r.date(DATE), r.text(TITLE), r.count(COUNT), r.money(MONEY),
                        r.choice(KIND, Map.of("trực tuyến", "ONLINE"))));
    }

    private static Messages messages() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        return new Messages(source());
    }

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
