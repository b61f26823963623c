package vn.ward57.report;

/**
 * One consistency problem of a report: a leader may finalise over MEDIUM and LOW ones with a reason,
 * never over HIGH ones.
 *
 * @param check   which check found it (RULE, DOSSIER_IDENTITY, TASK_IDENTITY, BUDGET, APPENDIX_TOTAL,
 *                PROCEDURE_CATALOGUE, NARRATIVE_ + the figure checker's kind (NARRATIVE_SYSTEM_MISMATCH,
 *                NARRATIVE_DATE, …), UNKNOWN_FIELD, FRAME, EMPTY_SECTION)
 * @param message what is wrong, in Vietnamese, with the values
 * @param link    the page of the data behind it (relative to the app), or null
 * @param fix     a typed number the system's figure may replace in one click, or null
 */
public record CheckProblem(String check, Severity severity, String message, String link, NarrativeFix fix) {

    public enum Severity { HIGH, MEDIUM, LOW }

    public CheckProblem(String check, Severity severity, String message, String link) {
        this(check, severity, message, link, null);
    }
}
