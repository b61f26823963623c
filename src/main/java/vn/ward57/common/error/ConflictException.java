package vn.ward57.common.error;

/** The request clashes with data that exists: a duplicate code, or data still depending on what is deleted (409). */
public class ConflictException extends Ward57Exception {

    public ConflictException(String messageKey, String field, Object... args) {
        super(messageKey, field, args);
    }
}
