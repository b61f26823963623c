package vn.ward57.dossier.imports;

import java.util.List;
import java.util.regex.Pattern;
import vn.ward57.common.table.CellDate;
import vn.ward57.common.table.TableColumn;

/**
 * Rows of an export that are no dossier and no mistake either: the totals and signatures under the
 * table ("Tổng cộng: 120 hồ sơ", "Người lập biểu", "Phường …, ngày … tháng … năm …") and the line of
 * column numbers some exports put under the header ("(1) (2) (3)"). Such a row has neither a
 * received nor a due date, and no dossier code, or a label where the code goes (a "Tổng cộng"
 * merged across STT and the code). They are skipped wherever they stand, not taken as the end of
 * the table: a stray row in the middle must not drop the rows after it. A row with a dossier code
 * or either date is a dossier, and any fault in it is reported.
 */
final class FooterRows {

    private static final Pattern LABEL = Pattern.compile(
            "(tong cong|tong so|cong|nguoi lap( bieu)?)([ :].*)?|\\(\\d{1,2}\\)");

    private final int codeAt;
    private final int receivedAt;
    private final int dueAt;

    FooterRows(ColumnLayout layout) {
        codeAt = layout.positions().get(ImportColumn.DOSSIER_CODE);
        receivedAt = layout.positions().get(ImportColumn.RECEIVED_AT);
        dueAt = layout.positions().get(ImportColumn.DUE_AT);
    }

    boolean test(List<String> cells) {
        String code = cell(cells, codeAt);
        if (!code.isEmpty() && !label(code)) {
            return false;                       // the usual row: a code, not a label; no more work
        }
        return !date(cell(cells, receivedAt)) && !date(cell(cells, dueAt));
    }

    private static boolean label(String code) {
        // a dossier code has no space and more than five characters; "Cộng", "(2)" have not. The cheap
        // test first: this runs for every row of a million-row file
        if (code.indexOf(' ') < 0 && code.charAt(0) != '(' && code.length() > 5) {
            return false;
        }
        return LABEL.matcher(TableColumn.normalise(code)).matches();
    }

    private static boolean date(String text) {
        return !text.isEmpty() && CellDate.read(text) != null;
    }

    private static String cell(List<String> cells, int at) {
        return at < cells.size() && cells.get(at) != null ? cells.get(at).strip() : "";
    }
}
