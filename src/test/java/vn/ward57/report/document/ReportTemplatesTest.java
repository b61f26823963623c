package vn.ward57.report.document;

import vn.ward57.report.ReportKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.ward57.common.error.InvalidInputException;

/** The shipped templates and the check of a province's own. */
class ReportTemplatesTest {

    private final ReportDocument documents = new ReportDocument();
    private final ReportTemplates templates = new ReportTemplates(documents);

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void theShippedTemplatePassesAndHasTheTagsTheWriterMakes(ReportKind kind) throws IOException {
        byte[] shipped = templates.shipped(kind);
        templates.validate(kind, shipped);
        assertThat(List.copyOf(ReportTemplates.tags(shipped)))
                .as("regenerate with ReportTemplateWriter: the committed %s differs", ReportDocument.templateFile(kind))
                .isEqualTo(List.copyOf(ReportTemplates.tags(ReportTemplateWriter.template(kind))));
        // every placeholder but appendixLine, which the appendices block prints on each appendix page
        assertThat(ReportTemplates.tags(shipped)).containsExactlyInAnyOrderElementsOf(
                ReportDocument.PLACEHOLDERS.stream().filter(t -> !t.equals("appendixLine")).toList());
    }

    @Test
    void unknownTagsAreRefusedAllNamed() throws IOException {
        byte[] docx = docx("{{title}} {{nonsense}}", "{{?rows}}{{name}}{{/rows}}");
        assertThatThrownBy(() -> templates.validate(ReportKind.MONTHLY, docx))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("report.template-unknown-placeholder");
                    assertThat(e.field()).isEqualTo("file");
                    assertThat((String) e.args()[0]).isEqualTo("{{name}}, {{nonsense}}, {{rows}}");
                });
    }

    @Test
    void whatIsNoDocxIsRefusedAsBroken() {
        byte[] random = new byte[2048];
        new Random(57).nextBytes(random);
        assertBroken(random);
        random[0] = 'P';
        random[1] = 'K';
        assertBroken(random);
        assertBroken(new AppendixWorkbook().xlsx(ReportSamples.small()));
        assertBroken(new byte[0]);
    }

    @Test
    void aMalformedTagIsRefusedAsBroken() throws IOException {
        assertBroken(docx("{{?rows}} never closed"));
    }

    @Test
    void aTemplateWithoutTheBlocksGetsThemAtItsEnd() throws IOException {
        byte[] own = docx("{{issuingBody}}", "{{title}}");
        templates.validate(ReportKind.NQ57_RESULTS, own);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.docx(ReportSamples.small(), own)))) {
            String text = String.join("\n", doc.getParagraphs().stream().map(p -> p.getText()).toList());
            assertThat(text).startsWith("UBND PHƯỜNG TRUNG THÀNH\nSơ kết 01 năm 06 tháng")
                    .contains("Tổng số hồ sơ tiếp nhận là 12.456 hồ sơ").contains("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");
        }
    }

    private void assertBroken(byte[] bytes) {
        assertThatThrownBy(() -> templates.validate(ReportKind.NQ57_RESULTS, bytes))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("report.template-broken");
                    assertThat(e.field()).isEqualTo("file");
                });
    }

    /** A DOCX with one paragraph (one run) per text. */
    static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : paragraphs) {
                doc.createParagraph().createRun().setText(text);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }
}
