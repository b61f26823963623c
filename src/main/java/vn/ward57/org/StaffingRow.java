package vn.ward57.org;

/**
 * Biên chế of one unit in one year. allotted and filled are null when the unit has no entry yet.
 * missing = allotted − filled (never negative: filled may not exceed allotted).
 */
public record StaffingRow(String unitCode, String unitName, Integer allotted, Integer filled, Integer missing,
                          String note) {
}
