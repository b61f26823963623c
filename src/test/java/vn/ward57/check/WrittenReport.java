package vn.ward57.check;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * A report written for a test in a small markup, laid into a Word file and into an A4 PDF as an officer's
 * printer would: "# " and "## " a heading (Word's Heading 1 and 2 styles), "| a | b" a table row, "---" a page
 * break, any other line a paragraph. The PDF wraps paragraphs at the margin and sets a table row's cells apart.
 */
record WrittenReport(List<String> lines) {

    private static final float FONT_SIZE = 12;
    private static final float LEADING = 18;
    private static final float MARGIN = 60;

    static WrittenReport of(String markup) {
        return new WrittenReport(markup.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    CheckedText readAsWord() throws IOException {
        return ReportReader.read("bao-cao.docx", new ByteArrayInputStream(docx()));
    }

    CheckedText readAsPdf() throws IOException {
        return ReportReader.read("bao-cao.pdf", new ByteArrayInputStream(pdf()));
    }

    /** Words as a reader counts them (a table's cells included). */
    int words() {
        return lines.stream().filter(l -> !l.equals("---"))
                .mapToInt(l -> l.replaceAll("^#+|\\|", " ").strip().split("\\s+").length).sum();
    }

    byte[] docx() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        List<List<String>> table = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("|")) {
                table.add(cells(line));
                continue;
            }
            if (!table.isEmpty()) {
                TestDocuments.table(doc, table);
                table = new ArrayList<>();
            }
            XWPFParagraph p = doc.createParagraph();
            if (line.equals("---")) {
                p.createRun().addBreak(BreakType.PAGE);
            } else if (line.startsWith("#")) {
                p.setStyle(line.startsWith("##") ? "Heading2" : "Heading1");
                p.createRun().setText(line.replaceFirst("^#+\\s*", ""));
            } else {
                p.createRun().setText(line);
            }
        }
        if (!table.isEmpty()) {
            TestDocuments.table(doc, table);
        }
        return TestDocuments.bytes(doc);
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1).strip();
        return List.of(inner.split("\\s*\\|\\s*", -1)).stream().map(String::strip).toList();
    }

    /** An A4 PDF in DejaVu Sans 12 pt; a page is full after as many lines as its height holds. */
    byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font;
            try (InputStream ttf = WrittenReport.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
                font = PDType0Font.load(doc, ttf);
            }
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            List<List<String>> pages = new ArrayList<>(List.of(new ArrayList<>()));
            for (String line : lines) {
                if (line.equals("---")) {
                    pages.add(new ArrayList<>());
                    continue;
                }
                if (line.startsWith("|")) {
                    if (pages.getLast().size() >= perPage) {
                        pages.add(new ArrayList<>());
                    }
                    pages.getLast().add(line);
                    continue;
                }
                for (String printed : wrap(line.replaceFirst("^#+\\s*", ""), font, width)) {
                    if (pages.getLast().size() >= perPage) {
                        pages.add(new ArrayList<>());
                    }
                    pages.getLast().add(printed);
                }
            }
            for (List<String> page : pages) {
                PDPage p = new PDPage(PDRectangle.A4);
                doc.addPage(p);
                try (PDPageContentStream s = new PDPageContentStream(doc, p)) {
                    s.beginText();
                    s.setFont(font, FONT_SIZE);
                    s.setLeading(LEADING);
                    s.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    for (String l : page) {
                        if (l.startsWith("|")) {
                            row(s, font, cells(l));
                        } else {
                            s.showText(l);
                        }
                        s.newLine();
                    }
                    s.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A table row in 10 pt, each cell a column's gap (24 pt) after the one before, as a table's cells stand apart. */
    private static void row(PDPageContentStream s, PDType0Font font, List<String> cells) throws IOException {
        s.setFont(font, 10);
        float at = 0;
        for (int c = 0; c < cells.size(); c++) {
            s.showText(cells.get(c));
            float step = font.getStringWidth(cells.get(c)) / 1000 * 10 + 24;
            s.newLineAtOffset(step, 0);
            at += step;
        }
        s.newLineAtOffset(-at, 0);
        s.setFont(font, FONT_SIZE);
    }

    private static List<String> wrap(String text, PDType0Font font, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * FONT_SIZE > width) {
                // PDF text ends a paragraph at a line closing in ":" or ";": such a word opens the next line
                String last = line.substring(line.lastIndexOf(" ") + 1);
                if (last.matches(".*[:;]") && line.indexOf(" ") > 0) {
                    out.add(line.substring(0, line.lastIndexOf(" ")));
                    line = new StringBuilder(last + " " + word);
                    continue;
                }
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        out.add(line.toString());
        return out;
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }
}
