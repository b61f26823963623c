package vn.ward57.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.ward57.check.Block.Place;

/**
 * A PDF report's text layer into blocks: each page's lines, in reading order, through PlainTextReader's rules
 * (so a sentence broken at a page's foot continues on the next page), each block knowing the page it starts on.
 * A table's row comes out as one line whose cells stand apart: a wide gap between two words becomes a tab, so the
 * row is read as a row of cells and not as a sentence of numbers.
 */
final class PdfReader {

    private PdfReader() {
    }

    /**
     * @return the text, or null when no page has any text (a scan)
     * @throws org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException when it needs a password
     * @throws IOException when PDFBox cannot read it
     */
    static CheckedText read(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new CellStripper();
            stripper.setSortByPosition(true);
            List<PlainTextReader.Line> lines = new ArrayList<>();
            boolean anyText = false;
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                anyText |= !text.isBlank();
                for (String line : text.replace("\r", "").split("\n")) {
                    lines.add(new PlainTextReader.Line(line, new Place(Place.Unit.PAGE, page), false));
                }
            }
            return anyText ? new CheckedText(PlainTextReader.read(lines)) : null;
        }
    }

    /** Writes a tab before a word that stands far (four spaces and more) from the word before it on its line. */
    private static final class CellStripper extends PDFTextStripper {

        private TextPosition last;

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (!positions.isEmpty()) {
                TextPosition first = positions.getFirst();
                if (last != null && Math.abs(first.getYDirAdj() - last.getYDirAdj()) < 1
                        && first.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj()) > 4 * space(last)) {
                    output.write("\t");
                }
                last = positions.getLast();
            }
            super.writeString(text, positions);
        }

        private static float space(TextPosition p) {
            float w = p.getWidthOfSpace();
            return Float.isFinite(w) && w > 0 ? w : p.getFontSizeInPt() / 4;
        }
    }
}
