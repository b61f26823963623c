package vn.ward57.report.document;

import vn.ward57.report.ReportContent;
import vn.ward57.report.ReportKind;
import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.policy.AbstractRenderPolicy;
import com.deepoove.poi.render.RenderContext;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.IterableTemplate;
import com.deepoove.poi.template.MetaTemplate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The report as a Word document in the layout of Nghị định 30/2020/NĐ-CP. The template (the shipped one
 * of the kind, or a province's own) holds the frame with poi-tl text tags; {{body}} and {{appendices}}
 * are replaced by paragraphs and tables built here, since their number varies. Everything is computed
 * and formatted before: poi-tl only places it (default configuration, no expressions).
 */
@Component
public class ReportDocument {

    static final String BODY = "body";
    static final String APPENDICES = "appendices";

    /**
     * The tags a report template may use: the frame's texts (from {@link ReportContent.Header};
     * recipients is the Nơi nhận list, one "- …;" line each) and the two blocks, {{body}} (opening and
     * sections) and {{appendices}} (each on its own page, landscape where wide), which must stand alone
     * in their paragraph. A template without them gets them at its end.
     */
    public static final Set<String> PLACEHOLDERS = Set.of("superiorBody", "issuingBody", "number", "placeDate",
            "documentType", "title", "closing", "recipients", "signerMode", "signerTitle", "signerName",
            "appendixLine", BODY, APPENDICES);

    private static final String TEMPLATES = "templates/report/docx/";

    /** The DOCX of a report; template is a province's own DOCX for the kind, or null for the shipped one. */
    public byte[] docx(ReportContent content, byte[] template) {
        byte[] bytes = template != null ? template : shippedTemplate(content.kind());
        Configure config = Configure.builder()
                .bind(BODY, new Block(BodyWriter::write))
                .bind(APPENDICES, new Block(AppendixWriter::write))
                .build();
        try (XWPFTemplate doc = XWPFTemplate.compile(new ByteArrayInputStream(bytes), config);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Set<String> tags = tagNames(doc);
            doc.render(model(content));
            if (!tags.contains(BODY)) {
                BodyWriter.write(content, Insertion.atEnd(doc.getXWPFDocument()));
            }
            if (!tags.contains(APPENDICES)) {
                AppendixWriter.write(content, Insertion.atEnd(doc.getXWPFDocument()));
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> model(ReportContent content) {
        ReportContent.Header h = content.header();
        Map<String, Object> data = new HashMap<>();
        data.put("superiorBody", h.superiorBody());
        data.put("issuingBody", h.issuingBody());
        data.put("number", h.number());
        data.put("placeDate", h.placeDate());
        data.put("documentType", h.documentType() != null ? h.documentType() : content.kind().documentType());
        data.put("title", h.title());
        data.put("closing", h.closing());
        data.put("recipients", String.join("\n", recipients(h.recipients())));
        data.put("signerMode", h.signerMode());
        data.put("signerTitle", h.signerTitle());
        data.put("signerName", h.signerName());
        data.put("appendixLine", h.appendixLine());
        data.put(BODY, content);
        data.put(APPENDICES, content);
        return data;
    }

    /**
     * The Nơi nhận lines: "- Sở Khoa học và Công nghệ;" each, the filing line "- Lưu: VT." last with a
     * full stop (added when the list has none, as Decree 30 requires one).
     */
    static List<String> recipients(List<String> names) {
        List<String> lines = new ArrayList<>();
        String filing = null;
        for (String name : BodyWriter.nonNull(names)) {
            String n = name == null ? "" : name.strip().replaceFirst("^[-–+]\\s*", "").replaceAll("[;.]+$", "");
            if (n.isEmpty()) {
                continue;
            }
            if (n.startsWith("Lưu")) {
                filing = n;
            } else {
                lines.add("- " + n + ";");
            }
        }
        lines.add("- " + (filing != null ? filing : "Lưu: VT") + ".");
        return lines;
    }

    /** Every tag a compiled template uses, those inside {{?…}} blocks included. */
    static Set<String> tagNames(XWPFTemplate template) {
        Set<String> names = new LinkedHashSet<>();
        collect(template.getElementTemplates(), names);
        return names;
    }

    private static void collect(List<MetaTemplate> templates, Set<String> names) {
        for (MetaTemplate t : templates) {
            if (t instanceof IterableTemplate it) {
                names.add(it.getStartMark().getTagName());
                collect(it.getTemplates(), names);
            } else if (t instanceof ElementTemplate e) {
                names.add(e.getTagName());
            }
        }
    }

    /** The Word template shipped for a kind. */
    static byte[] shippedTemplate(ReportKind kind) {
        try {
            return new ClassPathResource(TEMPLATES + templateFile(kind)).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String templateFile(ReportKind kind) {
        return switch (kind) {
            case NQ57_RESULTS -> "nq57-results.docx";
            case PLAN_BUDGET -> "plan-budget.docx";
            case MONTHLY -> "monthly.docx";
            case WEEKLY_BULLETIN -> "weekly-bulletin.docx";
        };
    }

    /** Writes a block (the body or the appendices) where its tag stands, then removes the tag's paragraph. */
    private static final class Block extends AbstractRenderPolicy<ReportContent> {

        private final BiConsumer<ReportContent, Insertion> writer;

        Block(BiConsumer<ReportContent, Insertion> writer) {
            this.writer = writer;
        }

        @Override
        public void doRender(RenderContext<ReportContent> context) {
            Insertion at = context.getRun().getParent() instanceof XWPFParagraph p ? Insertion.before(p)
                    : Insertion.atEnd(context.getXWPFDocument());
            writer.accept(context.getData(), at);
        }

        @Override
        protected void afterRender(RenderContext<ReportContent> context) {
            clearPlaceholder(context, true);
        }
    }
}
