package vn.ward57.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Word and PDF reports written in the tests (the PDF in DejaVu Sans from test resources, for Vietnamese). */
final class TestDocuments {

    private TestDocuments() {
    }

    static byte[] bytes(XWPFDocument doc) throws IOException {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** Adds a table of the given rows (the first row fills the table POI creates with one cell). */
    static XWPFTable table(XWPFDocument doc, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size(), rows.stream().mapToInt(List::size).max().orElse(1));
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                table.getRow(r).getCell(c).setText(rows.get(r).get(c));
            }
        }
        return table;
    }

    /** A PDF with one page per list of lines; an empty list makes a page without text (as a scan has). */
    static byte[] pdf(List<List<String>> pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font;
            try (InputStream ttf = TestDocuments.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
                font = PDType0Font.load(doc, ttf);
            }
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                if (lines.isEmpty()) {
                    continue;
                }
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(font, 11);
                    s.setLeading(16);
                    s.newLineAtOffset(60, 740);
                    for (String line : lines) {
                        s.showText(line);
                        s.newLine();
                    }
                    s.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
