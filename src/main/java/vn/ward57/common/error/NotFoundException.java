package vn.ward57.common.error;

/** Nothing with that code exists (404). */
public class NotFoundException extends Ward57Exception {

    public NotFoundException(String messageKey, String field, Object... args) {
        super(messageKey, field, args);
    }
}
