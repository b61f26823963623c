package vn.ward57.breakthrough.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.table.TableColumn;
import vn.ward57.common.table.TableRow;

/**
 * Checks of entered values that note every fault rather than stop at the first: a form answers the first one,
 * a file import lists them all. Messages name the field by its label.
 */
final class Texts {

    private static final Set<String> ALREADY_REPORTED = Set.of("breakthrough.required", "breakthrough.too-long");

    private final String prefix;
    private final List<InvalidInputException> faults = new ArrayList<>();

    Texts(String prefix) {
        this.prefix = prefix;
    }

    /** The label of a field in the request's language (a message argument Spring resolves itself). */
    static DefaultMessageSourceResolvable label(String prefix, String field) {
        return new DefaultMessageSourceResolvable(prefix + ".field." + field);
    }

    List<InvalidInputException> faults() {
        return List.copyOf(faults);
    }

    void fault(String key, String field, Object... args) {
        faults.add(new InvalidInputException(key, field, args));
    }

    String required(String value, String field, int max) {
        String text = optional(value, field, max);
        if (text == null) {
            fault("breakthrough.required", field, label(prefix, field));
        }
        return text;
    }

    <T> T required(T value, String field) {
        if (value == null) {
            fault("breakthrough.required", field, label(prefix, field));
        }
        return value;
    }

    String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            fault("breakthrough.too-long", field, label(prefix, field), String.valueOf(max),
                    String.valueOf(text.length()));
        }
        return text;
    }

    /** One of the enum's codes; blank gives otherwise, an unknown one is a fault (and gives null). */
    <E extends Enum<E>> E choice(Class<E> type, String value, String field, E otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        Optional<E> found = find(type, value);
        if (found.isEmpty()) {
            fault("breakthrough.bad-choice", field, value, names(type));
        }
        return found.orElse(null);
    }

    static <E extends Enum<E>> E choiceOrThrow(Class<E> type, String value, String field) {
        return find(type, value).orElseThrow(() -> new InvalidInputException("breakthrough.bad-choice", field, value,
                names(type)));
    }

    private static <E extends Enum<E>> Optional<E> find(Class<E> type, String value) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    /**
     * For a file's row: each fault in the cell of its field (else in the fallback's), except blanks in required
     * columns and over-long cells, which the row has already reported cell by cell.
     */
    static void toCells(List<InvalidInputException> faults, TableRow row, Map<String, TableColumn> byField,
                        TableColumn fallback) {
        for (InvalidInputException e : faults) {
            if (!ALREADY_REPORTED.contains(e.messageKey())) {
                row.fault(byField.getOrDefault(e.field(), fallback), e.messageKey(), e.args());
            }
        }
    }

    /** For a form: the first fault, if any. */
    static void throwFirst(List<InvalidInputException> faults) {
        if (!faults.isEmpty()) {
            throw faults.getFirst();
        }
    }
}
