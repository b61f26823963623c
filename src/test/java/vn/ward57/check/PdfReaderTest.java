package vn.ward57.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import vn.ward57.common.error.InvalidInputException;

/** PDFs written here in DejaVu Sans: their text layer read page by page; scans and locked files refused. */
class PdfReaderTest {

    private static CheckedText read(byte[] pdf) {
        return ReportReader.read("bao-cao.pdf", new ByteArrayInputStream(pdf));
    }

    @Test
    void eachBlockKnowsItsPageAndASentenceRunsOnOverThePageBreak() throws IOException {
        byte[] pdf = TestDocuments.pdf(List.of(
                List.of("I. KẾT QUẢ GIẢI QUYẾT HỒ SƠ", "Tiếp nhận 12.456 hồ sơ, đã giải quyết 12.294 hồ sơ.",
                        "Năm 2025, Trung tâm tiếp nhận 6.540 hồ sơ (4.980 hồ sơ trực tuyến và"),
                List.of("1.460 hồ sơ trực tiếp).")));

        CheckedText text = read(pdf);

        assertThat(text.blocks()).extracting(Block::text).containsExactly("I. KẾT QUẢ GIẢI QUYẾT HỒ SƠ",
                "Tiếp nhận 12.456 hồ sơ, đã giải quyết 12.294 hồ sơ.",
                "Năm 2025, Trung tâm tiếp nhận 6.540 hồ sơ (4.980 hồ sơ trực tuyến và 1.460 hồ sơ trực tiếp).");
        assertThat(text.blocks()).extracting(b -> b.place().text()).containsExactly("trang 1", "trang 1", "trang 1");
        assertThat(text.blocks().get(2).heading()).isEqualTo("I. KẾT QUẢ GIẢI QUYẾT HỒ SƠ");
        List<Finding> findings = TextChecker.check(text, KnownFigures.none());
        assertThat(findings).anyMatch(f -> f.kind() == Finding.Kind.SUM && f.numbers().contains("6.540")
                && f.location().block() == 2);
    }

    @Test
    void aParagraphOnTheSecondPageSaysSo() throws IOException {
        byte[] pdf = TestDocuments.pdf(List.of(List.of("Trang đầu có chữ."), List.of("Camera an ninh tại 49 TDP.")));

        assertThat(read(pdf).blocks()).extracting(b -> b.place().text()).containsExactly("trang 1", "trang 2");
    }

    @Test
    void aPdfWithoutTextIsRefusedAsAScan() throws IOException {
        byte[] scan = TestDocuments.pdf(List.of(List.of(), List.of()));

        assertThatThrownBy(() -> read(scan)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("report-check.scanned"));
    }

    @Test
    void aPasswordProtectedPdfIsRefused() throws IOException {
        byte[] locked;
        try (PDDocument doc = Loader.loadPDF(TestDocuments.pdf(List.of(List.of("Tiếp nhận 120 hồ sơ."))));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chu", "mat-khau", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            locked = out.toByteArray();
        }

        assertThatThrownBy(() -> read(locked)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("report-check.encrypted"));
    }

    @Test
    void aBrokenPdfIsRefused() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog >>\nhỏng".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(broken)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("report-check.broken"));
    }
}
