package vn.ward57.report.document;

import com.deepoove.poi.xwpf.BodyContainer;
import com.deepoove.poi.xwpf.BodyContainerFactory;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Where the generated paragraphs and tables go, in order: just before a placeholder's paragraph
 * (which poi-tl removes afterwards), or at the end of the document when the template has no
 * placeholder for them.
 */
final class Insertion {

    private final BodyContainer body;
    private final XmlObject anchor;

    private Insertion(BodyContainer body, XmlObject anchor) {
        this.body = body;
        this.anchor = anchor;
    }

    static Insertion before(XWPFParagraph placeholder) {
        return new Insertion(BodyContainerFactory.getBodyContainer(placeholder.getBody()), placeholder.getCTP());
    }

    static Insertion atEnd(XWPFDocument doc) {
        var ctBody = doc.getDocument().getBody();
        if (!ctBody.isSetSectPr()) {
            WordParts.a4(ctBody.addNewSectPr(), false);
        }
        return new Insertion(BodyContainerFactory.getBodyContainer(doc), ctBody.getSectPr());
    }

    /** True when the content goes into the document's body itself (not a table cell), so sections may break. */
    boolean atBodyLevel() {
        return body.getTarget() instanceof XWPFDocument;
    }

    XWPFDocument document() {
        return body.getTarget().getXWPFDocument();
    }

    XWPFParagraph paragraph() {
        return atAnchor(body::insertNewParagraph);
    }

    XWPFTable table() {
        return atAnchor(body::insertNewTbl);
    }

    /** What insert puts in before the anchor; the cursor it needs is released after. */
    private <T> T atAnchor(Function<XmlCursor, T> insert) {
        XmlCursor cursor = anchor.newCursor();
        try {
            return insert.apply(cursor);
        } finally {
            cursor.dispose();
        }
    }
}
