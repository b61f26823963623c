package vn.ward57.org;

import java.util.List;

/** A ward's staffing for a year: one row per unit and the ward's totals (over units with an entry). */
public record StaffingSummary(int year, List<StaffingRow> units, long allotted, long filled, long missing) {
}
