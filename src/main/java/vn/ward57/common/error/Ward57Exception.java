package vn.ward57.common.error;

/**
 * A refusal the user must understand: carries a message key (resolved in Vietnamese or English)
 * and, where the fault is one field's, the field's name so that forms show it beside the field.
 */
public abstract class Ward57Exception extends RuntimeException {

    private final String field;
    private final transient Object[] args;

    protected Ward57Exception(String messageKey, String field, Object... args) {
        super(messageKey);
        this.field = field;
        this.args = args;
    }

    public String messageKey() {
        return getMessage();
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }
}
