package vn.ward57.common.web;

import org.springframework.validation.BindingResult;
import vn.ward57.common.error.Ward57Exception;

/** Shows a service's refusal beside the field it concerns, or above the form when it concerns none. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult errors, Ward57Exception e, Messages messages) {
        String text = messages.get(e);
        Object[] args = messages.resolveArgs(e.args());
        if (e.field() != null && errors.getTarget() != null
                && hasField(errors.getTarget().getClass(), e.field())) {
            errors.rejectValue(e.field(), e.messageKey(), args, text);
        } else {
            errors.reject(e.messageKey(), args, text);
        }
    }

    private static boolean hasField(Class<?> type, String field) {
        if (type.isRecord()) {
            for (var component : type.getRecordComponents()) {
                if (component.getName().equals(field)) {
                    return true;
                }
            }
        }
        return false;
    }
}
