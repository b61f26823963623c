package vn.ward57.report.document;

import vn.ward57.report.ReportContent;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The appendices after the signature, each on a page of its own (Decree 30: "Phụ lục I" bold, the name in
 * bold capitals, the "(Kèm theo …)" line in italic, then the table). Each appendix is a section of its own
 * so that a wide one turns landscape; the main part keeps its first-page setting (no number on page 1).
 */
final class AppendixWriter {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private AppendixWriter() {
    }

    static void write(ReportContent content, Insertion at) {
        List<ReportContent.Appendix> appendices = BodyWriter.nonNull(content.appendices());
        if (appendices.isEmpty()) {
            return;
        }
        XWPFDocument doc = at.document();
        var body = doc.getDocument().getBody();
        CTSectPr last = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        if (!last.isSetPgSz()) {
            WordParts.a4(last, false);
        }
        // sections need the content at the document's own level; inside a table cell pages just break
        boolean sections = at.atBodyLevel();
        if (sections) {
            sectionEnd(at, (CTSectPr) last.copy());
        }
        String line = content.header().appendixLine();
        for (int i = 0; i < appendices.size(); i++) {
            ReportContent.Appendix appendix = appendices.get(i);
            CTSectPr own = i == appendices.size() - 1 ? last : (CTSectPr) last.copy();
            WordParts.orient(own, appendix.landscape());
            if (own.isSetTitlePg()) {
                own.unsetTitlePg();
            }
            if (own.isSetType()) {
                own.unsetType();
            }
            appendix(appendix, line, WordParts.textWidth(own), at, !sections);
            if (sections && own != last) {
                sectionEnd(at, own);
            }
        }
    }

    private static void appendix(ReportContent.Appendix appendix, String line, int width, Insertion at,
                                 boolean pageBreak) {
        XWPFParagraph number = WordParts.centred(at.paragraph(), 0);
        number.setPageBreak(pageBreak);
        number.setKeepNext(true);
        WordParts.run(number, "Phụ lục " + appendix.number(), WordParts.BODY_SIZE, true, false);
        String title = name(appendix);
        if (!title.isEmpty()) {
            XWPFParagraph p = WordParts.centred(at.paragraph(), 0);
            p.setKeepNext(true);
            WordParts.run(p, title.toUpperCase(VI), WordParts.BODY_SIZE, true, false);
        }
        if (line != null && !line.isBlank()) {
            XWPFParagraph p = WordParts.centred(at.paragraph(), 0);
            p.setKeepNext(true);
            WordParts.run(p, line, WordParts.BODY_SIZE, false, true);
        }
        WordParts.rule(at.paragraph(), width / 2 - 1000).setSpacingAfter(2 * WordParts.AFTER);
        boolean noted = appendix.note() != null && !appendix.note().isBlank();
        if (noted) {
            WordParts.run(WordParts.body(at.paragraph()), appendix.note(), WordParts.BODY_SIZE, false, false);
        }
        List<ReportContent.Row> rows = BodyWriter.nonNull(appendix.rows());
        if (rows.isEmpty() || BodyWriter.nonNull(appendix.columns()).isEmpty()) {
            if (!noted) {
                WordParts.run(WordParts.body(at.paragraph()), "Không có.", WordParts.BODY_SIZE, false, false);
            }
            return;
        }
        AppendixTable.write(appendix.columns(), rows, width, at.table());
    }

    /** The appendix's name without a leading "Phụ lục I." the heading already prints. */
    static String name(ReportContent.Appendix appendix) {
        String title = appendix.title() == null ? "" : appendix.title().strip();
        Pattern prefix = Pattern.compile("^phụ lục\\s+" + Pattern.quote(String.valueOf(appendix.number()))
                + "\\s*[.:\\-–]?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return prefix.matcher(title).replaceFirst("");
    }

    /** Ends a section: an empty paragraph carrying the section's properties. */
    private static void sectionEnd(Insertion at, CTSectPr sect) {
        XWPFParagraph p = at.paragraph();
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        pPr.setSectPr(sect);
    }
}
