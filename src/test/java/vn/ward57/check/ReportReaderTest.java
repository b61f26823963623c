package vn.ward57.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.ward57.common.error.InvalidInputException;

/** The upload's one entry: the kind told by the content, text and Markdown read, everything else refused. */
class ReportReaderTest {

    private static CheckedText read(String name, byte[] bytes) {
        return ReportReader.read(name, new ByteArrayInputStream(bytes));
    }

    private static void refused(String name, byte[] bytes, String key) {
        assertThatThrownBy(() -> read(name, bytes)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo("file");
        });
    }

    @Test
    void aWordFileIsKnownByItsContentWhateverItsName() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("Tiếp nhận 120 hồ sơ.");

        assertThat(read("bao-cao.pdf", TestDocuments.bytes(doc)).blocks()).extracting(Block::text)
                .containsExactly("Tiếp nhận 120 hồ sơ.");
    }

    @Test
    void textIsUtf8WithoutItsBomEachBlockOnItsLine() {
        byte[] text = "\uFEFFI. KẾT QUẢ\n\nTiếp nhận 120 hồ sơ.".getBytes(StandardCharsets.UTF_8);

        CheckedText read = read("bao-cao.txt", text);

        assertThat(read.blocks()).extracting(Block::text).containsExactly("I. KẾT QUẢ", "Tiếp nhận 120 hồ sơ.");
        assertThat(read.blocks()).extracting(b -> b.place().text()).containsExactly("dòng 1", "dòng 3");
        refused("bao-cao.txt", "Ti\u1EBFp nh\u1EADn".getBytes(StandardCharsets.UTF_16LE), "report-check.not-utf8");
    }

    @Test
    void markdownHeadingsHeadAndItsTableRowsAreRows() {
        String md = """
                ## Kết quả giải quyết hồ sơ
                Năm 2025 tiếp nhận 6.540 hồ sơ.
                | Chỉ tiêu | Số |
                |---|---:|
                | Trực tuyến | 4.980 |
                """;

        List<Block> blocks = read("bao-cao.md", md.getBytes(StandardCharsets.UTF_8)).blocks();

        assertThat(blocks).extracting(Block::text).containsExactly("Kết quả giải quyết hồ sơ",
                "Năm 2025 tiếp nhận 6.540 hồ sơ.", "Chỉ tiêu ; Số | Trực tuyến ; 4.980");
        assertThat(blocks).extracting(Block::heading).containsOnly("Kết quả giải quyết hồ sơ");
        assertThat(blocks.get(2).rows()).containsExactly(List.of("Chỉ tiêu", "Số"), List.of("Trực tuyến", "4.980"));
    }

    @Test
    void otherKindsAreRefusedNamingTheAcceptedOnes() throws IOException {
        refused("anh.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, "report-check.bad-type");
        refused("bang.xlsx", zip("xl/workbook.xml"), "report-check.bad-type");
        refused("bao-cao", "Tiếp nhận 120 hồ sơ.".getBytes(StandardCharsets.UTF_8), "report-check.bad-type");
    }

    @Test
    void aBrokenWordFileIsRefused() throws IOException {
        byte[] whole = zip("word/document.xml");

        refused("bao-cao.docx", whole, "report-check.broken");
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("Tiếp nhận 120 hồ sơ.");
        byte[] good = TestDocuments.bytes(doc);
        refused("bao-cao.docx", Arrays.copyOf(good, good.length / 2), "report-check.broken");
    }

    @Test
    void emptyFilesAndFilesOver20MbAreRefused() {
        refused("bao-cao.txt", new byte[0], "report-check.empty");
        refused("bao-cao.txt", "\n \n".getBytes(StandardCharsets.UTF_8), "report-check.empty");
        InputStream huge = new InputStream() {
            private long left = 20L * 1024 * 1024 + 1;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }
        };
        assertThatThrownBy(() -> ReportReader.read("bao-cao.txt", huge)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("report-check.too-large"));
    }

    /** A zip holding one (not well-formed) entry of the given name. */
    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<không phải XML".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
