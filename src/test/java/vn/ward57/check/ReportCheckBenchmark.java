package vn.ward57.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 24's goal: a 40-page Word report is checked in under 3 seconds. The report repeats CleanReport's sections
 * (paragraphs and appendix tables) until it fills 40 A4 pages; reading it (ReportReader) and
 * checking it (TextChecker) are timed after a warm-up, as the median of several runs, beside what POI alone takes
 * to open the file and walk its paragraphs and tables. Run: {@code ./mvnw -o -q -Pbench test -Dtest=ReportCheckBenchmark}.
 */
@Tag("benchmark")
class ReportCheckBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 9;

    @Test
    void fortyPageWordReport() throws IOException {
        WrittenReport report = report(40);
        byte[] docx = report.docx();
        int pages = WrittenReport.pages(report.pdf());

        List<Long> reference = new ArrayList<>();
        List<Long> read = new ArrayList<>();
        List<Long> check = new ArrayList<>();
        CheckedText text = null;
        List<Finding> findings = List.of();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            long t0 = System.nanoTime();
            int cells = poiAlone(docx);
            long t1 = System.nanoTime();
            text = ReportReader.read("bao-cao.docx", new ByteArrayInputStream(docx));
            long t2 = System.nanoTime();
            findings = TextChecker.check(text, KnownFigures.none());
            long t3 = System.nanoTime();
            if (run >= WARM_UP && cells > 0) {
                reference.add(t1 - t0);
                read.add(t2 - t1);
                check.add(t3 - t2);
            }
        }
        long total = median(sum(read, check));
        System.out.printf(Locale.forLanguageTag("vi"), """

                === Kiểm tra báo cáo tải lên (issue 24) ===
                văn bản Word %,d KB, %d trang A4 (đo bằng bản PDF cùng nội dung), %,d khối (đoạn và bảng), %,d phát hiện
                chỉ mở tệp bằng POI và duyệt đoạn, bảng (mốc so sánh): trung vị %,d ms
                đọc (ReportReader.read): trung vị %,d ms; kiểm tra (TextChecker.check): trung vị %,d ms
                đọc + kiểm tra: trung vị %,d ms, chậm nhất %,d ms (mục tiêu < 3.000 ms), gấp %.1f lần mốc so sánh
                """, docx.length / 1024, pages, text.blocks().size(), findings.size(), ms(median(reference)),
                ms(median(read)), ms(median(check)), ms(total), ms(sum(read, check).stream().max(Long::compare).orElse(0L)),
                (double) total / median(reference));
    }

    /**
     * CleanReport's body again and again, as the parts of a large report, until the PDF holds the pages. Its figures
     * agree across the parts; only its appendix titles repeat (Phụ lục I in every part), which the check reports.
     */
    static WrittenReport report(int pages) throws IOException {
        StringBuilder markup = new StringBuilder();
        for (int part = 1; ; part++) {
            String body = CleanReport.TEXT.replace("Tân Lập", "Tân Lập " + part);
            markup.append("# PHẦN ").append(part).append(". BÁO CÁO CỦA TỔ DÂN PHỐ SỐ ").append(part).append('\n');
            markup.append(body).append("---\n");
            WrittenReport report = WrittenReport.of(markup.toString());
            if (WrittenReport.pages(report.pdf()) >= pages) {
                return report;
            }
        }
    }

    /** What POI alone takes: open the file and read every paragraph and cell. */
    private static int poiAlone(byte[] docx) throws IOException {
        int n = 0;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (var element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    n += p.getText().length();
                } else if (element instanceof XWPFTable t) {
                    n += t.getText().length();
                }
            }
        }
        return n;
    }

    private static List<Long> sum(List<Long> a, List<Long> b) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(a.get(i) + b.get(i));
        }
        return out;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
