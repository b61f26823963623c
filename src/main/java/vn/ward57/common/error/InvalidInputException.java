package vn.ward57.common.error;

/** The input breaks a rule no annotation can express (400). */
public class InvalidInputException extends Ward57Exception {

    public InvalidInputException(String messageKey, String field, Object... args) {
        super(messageKey, field, args);
    }
}
