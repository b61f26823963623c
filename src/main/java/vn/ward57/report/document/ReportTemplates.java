package vn.ward57.report.document;

import vn.ward57.report.ReportContent;
import vn.ward57.report.ReportKind;
import com.deepoove.poi.XWPFTemplate;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import vn.ward57.common.error.InvalidInputException;

/**
 * The Word templates of the report kinds: the shipped ones, and the check of a province admin's own
 * before it replaces one — a readable DOCX whose tags are all in {@link ReportDocument#PLACEHOLDERS},
 * which renders a small report without failing.
 */
@Component
public class ReportTemplates {

    private static final String FIELD = "file";

    private final ReportDocument documents;

    ReportTemplates(ReportDocument documents) {
        this.documents = documents;
    }

    /** The bundled template of a kind (what a province gets until it uploads its own). */
    public byte[] shipped(ReportKind kind) {
        return ReportDocument.shippedTemplate(kind);
    }

    /** Refuses an upload that is not a usable template for the kind, saying why. */
    public void validate(ReportKind kind, byte[] docx) {
        Set<String> unknown = new TreeSet<>(tags(docx));
        unknown.removeAll(ReportDocument.PLACEHOLDERS);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("report.template-unknown-placeholder", FIELD,
                    String.join(", ", unknown.stream().map(t -> "{{" + t + "}}").toList()));
        }
        try {
            documents.docx(sample(kind), docx);
        } catch (RuntimeException e) {
            throw new InvalidInputException("report.template-broken", FIELD);
        }
    }

    /** The tags of a template in the order they stand; refuses what is no DOCX poi-tl can read. */
    static Set<String> tags(byte[] docx) {
        if (docx == null || docx.length < 4 || docx[0] != 'P' || docx[1] != 'K') {
            throw new InvalidInputException("report.template-broken", FIELD);
        }
        try (XWPFTemplate template = XWPFTemplate.compile(new ByteArrayInputStream(docx))) {
            return ReportDocument.tagNames(template);
        } catch (Exception | LinkageError e) {
            throw new InvalidInputException("report.template-broken", FIELD);
        }
    }

    /** A small report touching every part of a template: frame, a section with narrative, an appendix. */
    private static ReportContent sample(ReportKind kind) {
        ReportContent.Header header = new ReportContent.Header("UBND TỈNH", "UBND PHƯỜNG", "Số:      /"
                + kind.numberSuffix(), "ngày 01 tháng 01 năm 2026", kind.documentType(), "Mẫu", List.of("Mở đầu."),
                "Kết thúc./.", List.of("Lưu: VT"), "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Người ký", "(Kèm theo)");
        ReportContent.Section section = new ReportContent.Section("s", 2, "I. MỤC", List.of("Dòng."),
                "<p><strong>Đậm</strong> <em>nghiêng</em></p><ul><li>mục</li></ul>", "(Có Phụ lục I kèm theo).");
        ReportContent.Appendix appendix = new ReportContent.Appendix("I", "Phụ lục I. Bảng", true,
                List.of("STT", "Nội dung"), List.of(ReportContent.Row.of("1", "Một")), null);
        return new ReportContent(kind, header, Map.of(), List.of(section), List.of(appendix));
    }
}
