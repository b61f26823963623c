package vn.ward57.asset.domain;

import java.util.List;
import java.util.Map;
import vn.ward57.common.table.TableColumn;
import vn.ward57.common.table.TableRow;

/** Reading a register's row into its form, and placing the rules' faults at the row's cells. */
final class Cells {

    private Cells() {
    }

    /**
     * A whole number as written ("8", "1.234", "8.0" from XLSX); a negative one is read as it is, for
     * the rules to say why it is refused (a quantity must be above 0).
     */
    static Integer integer(TableRow row, TableColumn column) {
        String raw = row.raw(column);
        if (raw.matches("-\\d{1,9}")) {
            return Integer.valueOf(raw);
        }
        Long value = row.count(column);
        if (value == null) {
            return null;
        }
        if (value > Integer.MAX_VALUE) {
            row.fault(column, "tablefile.bad-count");
            return null;
        }
        return value.intValue();
    }

    /**
     * The rules' faults at their cells. Blank required cells and texts too long the file reader has
     * reported already (and a number it could not read comes as blank), so those are not told twice.
     */
    static void place(TableRow row, List<Fault> faults, Map<String, TableColumn> columnOfField) {
        for (Fault f : faults) {
            if (f.key().endsWith("-required") || f.key().endsWith("-too-long")) {
                continue;
            }
            row.fault(columnOfField.get(f.field()), f.key(), f.args());
        }
    }
}
