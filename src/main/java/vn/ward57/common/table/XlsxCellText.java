package vn.ward57.common.table;

import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;

/**
 * A cell of an XLSX sheet as the text its reader works with, for both reader stacks (registers and
 * dossier exports). Dates Excel keeps as numbers with a date format come out as ISO text: the date
 * alone when the cell shows no time and holds none (a same-day due date must stay a whole day), with
 * the time otherwise. A number with a fixed count of decimals keeps them as the cell shows them: a
 * procedure code 1.000120 typed as a number would otherwise read 1.00012.
 */
public final class XlsxCellText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private XlsxCellText() {
    }

    public static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getType() != CellType.NUMBER) {
            return cell.getText();
        }
        String format = cell.getDataFormatString();
        if (isDateFormat(format)) {
            LocalDateTime at = cell.asDate();
            boolean showsTime = format.toLowerCase(Locale.ROOT).contains("h");
            return showsTime || !at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.format(DATE_TIME)
                    : at.format(DATE);
        }
        int decimals = fixedDecimals(format);
        if (decimals > 0) {
            return cell.asNumber().setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        }
        return cell.getText();
    }

    static boolean isDateFormat(String format) {
        return format != null && format.toLowerCase(Locale.ROOT).matches(".*(d|y|h:mm|m/|/m).*")
                && !format.contains("0.0");
    }

    /** The decimals of a plain number format ("0.000000" → 6), or 0 for any other format. */
    private static int fixedDecimals(String format) {
        if (format == null || !format.matches("0\\.0+")) {
            return 0;
        }
        return format.length() - 2;
    }
}
