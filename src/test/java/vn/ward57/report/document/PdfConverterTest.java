package vn.ward57.report.document;

import vn.ward57.report.ReportContent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.Ward57Exception;

/**
 * PDF by LibreOffice, skipped where it is not installed. The 18-month report of seed 004 is also written
 * to target/report-preview/ (DOCX, PDF, XLSX and one PNG a page) for a person to look at.
 */
class PdfConverterTest {

    private final PdfConverter converter = new PdfConverter("");

    @Test
    void aReportWithAppendicesBecomesAPdfOfSeveralPages() throws Exception {
        assumeTrue(converter.available(), "LibreOffice (soffice) is not installed");
        byte[] pdf = converter.pdf(new ReportDocument().docx(ReportSamples.small(), null));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // the main part, then Phụ lục I, IX and III each on a page of its own
        assertThat(pages(pdf)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void twoConversionsAtOnceEachGetTheirOwnProfile() throws Exception {
        assumeTrue(converter.available(), "LibreOffice (soffice) is not installed");
        byte[] docx = new ReportDocument().docx(ReportSamples.small(), null);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = pool.submit(() -> converter.pdf(docx));
            var second = pool.submit(() -> converter.pdf(docx));
            assertThat(new String(first.get(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
            assertThat(new String(second.get(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        }
    }

    @Test
    void theSeed004ReportIsRenderedForPreview() throws Exception {
        ReportContent content = Nq57Sample.content();
        Path dir = Files.createDirectories(Path.of("target/report-preview"));
        byte[] docx = new ReportDocument().docx(content, null);
        Files.write(dir.resolve("nq57-results.docx"), docx);
        Files.write(dir.resolve("nq57-results-phu-luc.xlsx"), new AppendixWorkbook().xlsx(content));
        assumeTrue(converter.available(), "LibreOffice (soffice) is not installed");
        byte[] pdf = converter.pdf(docx);
        Files.write(dir.resolve("nq57-results.pdf"), pdf);
        // at least two pages of body, then ten appendices each starting a page
        assertThat(pages(pdf)).isGreaterThanOrEqualTo(12);
        if (onPath("pdftoppm")) {
            new ProcessBuilder("pdftoppm", "-r", "50", "-png", "nq57-results.pdf", "page").directory(dir.toFile())
                    .inheritIO().start().waitFor();
        }
    }

    @Test
    void withoutLibreOfficeThePdfIsRefusedWithAReason() {
        PdfConverter missing = new PdfConverter("/nonexistent/soffice");
        assertThat(missing.available()).isFalse();
        assertThatThrownBy(() -> missing.pdf(new byte[] {1}))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((Ward57Exception) e).messageKey()).isEqualTo("report.pdf-unavailable");
    }

    @Test
    void aConversionThatFailsSaysSoAndLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
        assumeTrue(File.separatorChar == '/', "the stand-in for soffice is a shell script");
        // a stand-in for soffice that records its working files' directory and fails
        Path script = dir.resolve("soffice");
        Files.writeString(script, "#!/bin/sh\nfor a in \"$@\"; do last=\"$a\"; done\n"
                + "dirname \"$last\" > " + dir.resolve("used.txt") + "\nexit 3\n");
        assertThat(script.toFile().setExecutable(true)).isTrue();
        PdfConverter failing = new PdfConverter(script.toString());
        assertThat(failing.available()).isTrue();
        assertThatThrownBy(() -> failing.pdf(new byte[] {1, 2, 3}))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((Ward57Exception) e).messageKey()).isEqualTo("report.pdf-failed");
        Path used = Path.of(Files.readString(dir.resolve("used.txt")).strip());
        assertThat(used).doesNotExist();
    }

    /** The page count by pdfinfo where installed, else by counting the page objects. */
    static int pages(byte[] pdf) throws IOException, InterruptedException {
        if (onPath("pdfinfo")) {
            Path file = Files.createTempFile("ward57-", ".pdf");
            try {
                Files.write(file, pdf);
                Process p = new ProcessBuilder("pdfinfo", file.toString()).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor();
                Matcher m = Pattern.compile("Pages:\\s+(\\d+)").matcher(out);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            } finally {
                Files.deleteIfExists(file);
            }
        }
        Matcher m = Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
