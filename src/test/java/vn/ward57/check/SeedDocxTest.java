package vn.ward57.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Seed 004 (../shared/seeds, as SeedReportsTest reads it; skipped where absent) laid into a Word file, a paragraph
 * per line and its tab lines as tables: the checker finds in it what it finds in the plain text.
 */
class SeedDocxTest {

    @Test
    void seed004AsWordGivesTheFindingsOfItsText() throws IOException {
        Path seeds = Path.of("../shared/seeds");
        assumeTrue(Files.isDirectory(seeds), "no seeds folder");
        Path file;
        try (Stream<Path> files = Files.list(seeds)) {
            file = files.filter(p -> p.getFileName().toString().startsWith("004")).findFirst().orElseThrow();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);

        List<String> fromText = summary(TextChecker.check(CheckedText.ofPlainText(text), KnownFigures.none()));
        CheckedText docx = ReportReader.read("004.docx", new ByteArrayInputStream(word(text)));
        List<String> fromWord = summary(TextChecker.check(docx, KnownFigures.none()));

        assertThat(fromText).hasSizeGreaterThanOrEqualTo(4);
        assertThat(fromWord).containsExactlyInAnyOrderElementsOf(fromText);
        assertThat(docx.blocks()).anyMatch(b -> b.isTable() && b.place().unit() == Block.Place.Unit.TABLE);
    }

    /** Each finding's kind, numbers and marked quote: what the two readings must share (not the block numbers). */
    private static List<String> summary(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.kind() + " " + f.numbers() + " " + f.markedQuote()).toList();
    }

    private static byte[] word(String text) throws IOException {
        XWPFDocument doc = new XWPFDocument();
        List<List<String>> table = new ArrayList<>();
        for (String line : (text + "\n").split("\n")) {
            if (line.contains("\t")) {
                table.add(Arrays.asList(line.split("\t", -1)));
                continue;
            }
            if (line.isBlank()) {
                continue; // the text's blank lines space its paragraphs and table rows, as Word's spacing does
            }
            if (!table.isEmpty()) {
                TestDocuments.table(doc, table);
                table = new ArrayList<>();
            }
            doc.createParagraph().createRun().setText(line);
        }
        return TestDocuments.bytes(doc);
    }
}
