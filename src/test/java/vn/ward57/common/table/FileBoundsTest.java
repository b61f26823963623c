package vn.ward57.common.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.web.Messages;

/**
 * Issue 21, items 2 and 6: what a register's file may make the application hold, say and store is bounded
 * (cells, echoed values, lists of errors), and a file not in UTF-8 is read right or refused, never garbled.
 */
class FileBoundsTest {

    static final TableColumn DATE = TableColumn.required("Ngày", 30);
    static final TableColumn NAME = TableColumn.required("Tên", 200);

    @Test
    void threeHundredFaultyRowsListTheFirstTwoHundredAndCountTheRest() {
        StringBuilder csv = new StringBuilder("Ngày,Tên\n");
        for (int i = 0; i < 300; i++) {
            csv.append("31/02/2026,Tập huấn ").append(i).append('\n');
        }
        assertThatThrownBy(() -> read(csv.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RowsRejectedException.class, e -> {
                    assertThat(e.errors()).hasSize(200);
                    assertThat(e.errors().getLast().row()).isEqualTo(201);
                    assertThat(e.total()).isEqualTo(300);
                    assertThat(messages().get(e)).startsWith("Tệp có 300 dòng lỗi (300 lỗi)");
                    assertThat(messages().get("tablefile.more-errors", e.unlisted())).isEqualTo("và 100 lỗi khác");
                });
    }

    @Test
    void aFaultyCellIsRepeatedInItsErrorCutShort() {
        String name = "Hội nghị ".repeat(3_000);   // 27.000 characters: under the cell limit, over the column
        assertThatThrownBy(() -> read(("Ngày,Tên\n15/01/2026," + name + "\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RowsRejectedException.class, e -> {
                    RowError error = e.errors().getFirst();
                    assertThat(error.value()).hasSize(RowError.VALUE_ECHO + 1).endsWith("…").startsWith("Hội nghị");
                    assertThat(error.message()).isEqualTo("Dài quá 200 ký tự.");
                });
    }

    @Test
    void anXlsxCellOfFiftyMegabytesIsRefusedBeforeItIsRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "ward57", "1.0");
        Worksheet sheet = workbook.newWorksheet("Tập huấn");
        sheet.value(0, 0, "Ngày");
        sheet.value(0, 1, "Tên");
        sheet.value(1, 0, "15/01/2026");
        sheet.value(1, 1, "x".repeat(50_000_000));
        workbook.finish();
        byte[] xlsx = out.toByteArray();
        assertThat(xlsx.length).isLessThan(1_000_000);   // it unpacks to fifty times more
        assertThatThrownBy(() -> read("tep.xlsx", xlsx)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("tablefile.cell-too-large-unplaced");
            assertThat(messages().get(e)).startsWith("Tệp có ô dài hơn 32 KB, giới hạn của một ô").hasSizeLessThan(300);
        });
    }

    @Test
    void anInlineCellOverTheLimitIsNamedAndOneUnderItIsRead() throws Exception {
        String big = "<c r=\"B2\" t=\"inlineStr\"><is><t>" + "y".repeat(40_000) + "</t></is></c>";
        assertThatThrownBy(() -> XlsxCells.check(zip(big))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(messages().get(e)).startsWith("Ô B2 dài hơn 32 KB"));
        String small = "<x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>" + "y".repeat(30_000) + "</x:t></x:is></x:c>"
                + "<mergeCells>" + "<mergeCell ref=\"A1:B1\"/>\n".repeat(5_000) + "</mergeCells>";
        XlsxCells.check(zip(small));
    }

    @Test
    void aCsvFieldOverTheLimitIsRefusedWithItsLine() {
        byte[] csv = ("Ngày,Tên\n15/01/2026,An\n15/01/2026,\"" + "z".repeat(40_000) + "\"\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(messages().get(e)).startsWith("Dòng 3 có ô dài hơn 32 KB"));
    }

    @Test
    void aWindows1258FileIsReadWithItsToneMarksComposed() {
        String names = "Nguyễn Thị Hồng Nhung;Trần Đức Ưởng;Phường An Hải: hội nghị chuyển đổi số";
        StringBuilder csv = new StringBuilder("Ngày,Tên\n");
        for (String name : names.split(";")) {
            csv.append("15/01/2026,").append(name).append('\n');
        }
        byte[] bytes = windows1258(csv.toString());
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\uFFFD");   // not UTF-8
        List<String> read = read(bytes);
        assertThat(read).containsExactly(names.split(";"));
        assertThat(read).allMatch(n -> Normalizer.isNormalized(n, Normalizer.Form.NFC) && n.indexOf('\uFFFD') < 0);
    }

    @Test
    void aWindows1252FileIsReadAsItWasWritten() {
        byte[] csv = "Ngày,Tên\n15/01/2026,Café résumé\n".getBytes(Charset.forName("windows-1252"));
        assertThat(read(csv)).containsExactly("Café résumé");
    }

    @Test
    void aTcvn3FileOrAFileGarbledBeforeItWasSavedIsRefusedWithTheReason() {
        // TCVN3 (ABC): ê = 0xAA, ă = 0xA8, ư = 0xAD: "Tên", "Văn thư"
        byte[] tcvn3 = {'N', 'g', 0xE0 - 256, 'y', ',', 'T', 0xAA - 256, 'n', '\n',
                '1', '5', '/', '0', '1', '/', '2', '0', '2', '6', ',', 'V', 0xA8 - 256, 'n', ' ', 't', 'h', 0xAD - 256, '\n'};
        assertThatThrownBy(() -> read(tcvn3)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(messages().get(e)).startsWith("Tệp không phải UTF-8 (có vẻ là TCVN3 (ABC)): dòng 1"));
        byte[] garbled = "Ngày,Tên\n15/01/2026,Caf\uFFFD r\uFFFDsum\uFFFD\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(garbled)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(messages().get(e)).startsWith("Dòng 2 của tệp có ký tự lỗi „�“"));
        byte[] utf16 = "Ngày,Tên\n".getBytes(StandardCharsets.UTF_16);
        assertThatThrownBy(() -> read(utf16)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(messages().get(e)).startsWith("Tệp không phải UTF-8 (có vẻ là UTF-16)"));
    }

    /** As Windows writes Vietnamese in code page 1258: â ê ô ă ơ ư whole, the five tone marks apart. */
    static byte[] windows1258(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nfd.length(); ) {
            StringBuilder base = new StringBuilder().append(nfd.charAt(i++));
            StringBuilder tones = new StringBuilder();
            while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
                char mark = nfd.charAt(i++);
                ("\u0300\u0301\u0303\u0309\u0323".indexOf(mark) >= 0 ? tones : base).append(mark);
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
        }
        return out.toString().getBytes(Charset.forName("windows-1258"));
    }

    private static byte[] zip(String cells) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\"?><worksheet><sheetData><row r=\"2\">" + cells
                    + "</row></sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static List<String> read(byte[] csv) {
        return read("tep.csv", csv);
    }

    private static List<String> read(String name, byte[] content) {
        return TableImport.rows(name, content, List.of(DATE, NAME), messages(), r -> {
            r.date(DATE);
            return r.text(NAME);
        });
    }

    private static Messages messages() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Messages(source);
    }
}
