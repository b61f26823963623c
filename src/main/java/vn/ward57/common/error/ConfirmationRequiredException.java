package vn.ward57.common.error;

import java.util.Map;

/**
 * The input is allowed but looks like a typing mistake, so it is kept only once the person confirms it
 * (422 with the warning's details; sent again with the confirmation field set, it is saved).
 */
public class ConfirmationRequiredException extends Ward57Exception {

    private final transient Map<String, Object> details;

    /** @param details extra members of the API's problem detail (the suggestion, the confirmation field) */
    public ConfirmationRequiredException(String messageKey, String field, Map<String, Object> details,
                                         Object... args) {
        super(messageKey, field, args);
        this.details = Map.copyOf(details);
    }

    public Map<String, Object> details() {
        return details;
    }
}
