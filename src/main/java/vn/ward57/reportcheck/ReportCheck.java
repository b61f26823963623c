package vn.ward57.reportcheck;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A checked report: whose it is, the period its figures were compared for, and its findings (HIGH first).
 *
 * @param id           the check's number, one series for wards and provinces
 * @param wardCode     the ward whose report it is, when known (its figures were then compared), else null
 * @param wardName     its name, or null
 * @param provinceCode the province that checked it, or null for a ward's own check
 * @param reportId     the FINAL report of ward57 it is, for a province's batch check, else null
 * @param from         the first day of the report's period, or null when neither given nor read from the text
 * @param periodFound  whether the period was read from the document rather than chosen by the person
 * @param otherWard    whether the report's opening names another ward (its figures were then not compared)
 * @param status       DONE: a check is made while the upload waits (a 40-page report takes well under 3 s)
 */
public record ReportCheck(long id, String wardCode, String wardName, String provinceCode, Long reportId,
                          String fileName, LocalDate from, LocalDate to, boolean periodFound, boolean otherWard,
                          int high, int medium, int low, String createdBy, String createdByName,
                          OffsetDateTime createdAt, String status, List<ReportCheckFinding> findings) {

    public ReportCheck {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public int total() {
        return high + medium + low;
    }

    /** Whether the ward's own figures were compared: a ward's report with a period. */
    public boolean comparedWithSystem() {
        return wardCode != null && from != null && !otherWard;
    }
}
