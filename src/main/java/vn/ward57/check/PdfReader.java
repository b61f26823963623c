package vn.ward57.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.ward57.check.Block.Place;

/**
 * A PDF report's text layer into blocks: each page's lines, in reading order, through PlainTextReader's rules
 * (so a sentence broken at a page's foot continues on the next page), each block knowing the page it starts on.
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
            PDFTextStripper stripper = new PDFTextStripper();
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
}
