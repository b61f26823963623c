package vn.ward57.breakthrough;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.ward57.common.error.InvalidInputException;

/** Checks of entered text: required or not, within its length; messages name the field by its label. */
final class Texts {

    private Texts() {
    }

    /** The label of a field in the request's language (a message argument Spring resolves itself). */
    static DefaultMessageSourceResolvable label(String prefix, String field) {
        return new DefaultMessageSourceResolvable(prefix + ".field." + field);
    }

    static String required(String value, String prefix, String field, int max) {
        String text = optional(value, prefix, field, max);
        if (text == null) {
            throw new InvalidInputException("breakthrough.required", field, label(prefix, field));
        }
        return text;
    }

    static String optional(String value, String prefix, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInputException("breakthrough.too-long", field, label(prefix, field), String.valueOf(max),
                    String.valueOf(text.length()));
        }
        return text;
    }

    static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, E otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        return choice(type, value).orElseThrow(() -> new InvalidInputException("breakthrough.bad-choice", field,
                value, String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
    }
}
