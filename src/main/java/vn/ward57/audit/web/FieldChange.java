package vn.ward57.audit.web;

/**
 * One field of a change as the audit log shows it: "Hạn: 31/3/2026 → 30/6/2026"; on a creation only the new
 * value, on a deletion only the old one (before or after is then null).
 */
public record FieldChange(String label, String before, String after) {

    public String text() {
        if (before == null) {
            return label + ": " + after;
        }
        return after == null ? label + ": " + before : label + ": " + before + " → " + after;
    }
}
