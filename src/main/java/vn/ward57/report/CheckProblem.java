package vn.ward57.report;

/**
 * One consistency problem of a report: a leader may finalise over MEDIUM and LOW ones with a reason,
 * never over HIGH ones.
 *
 * @param check   which check found it (RULE, DOSSIER_IDENTITY, TASK_IDENTITY, BUDGET, APPENDIX_TOTAL,
<<<<<<< HEAD
 *                BODY_FIGURE, UNKNOWN_FIELD, FRAME, EMPTY_SECTION, PROCEDURE_CATALOGUE)
=======
 *                NARRATIVE_ + the figure checker's kind (NARRATIVE_SYSTEM_MISMATCH, NARRATIVE_SUM, …),
 *                UNKNOWN_FIELD, FRAME, EMPTY_SECTION)
>>>>>>> i20-checker
 * @param message what is wrong, in Vietnamese, with the values
 * @param link    the page of the data behind it (relative to the app), or null
 */
public record CheckProblem(String check, Severity severity, String message, String link) {

    public enum Severity { HIGH, MEDIUM, LOW }
}
