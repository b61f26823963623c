package vn.ward57.asset.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ward57.asset.Labelled;
import vn.ward57.common.table.TableColumn;

/** A choice read from what a person or a file wrote: the code (COMPUTER) or the label (máy tính). */
final class Choices {

    private Choices() {
    }

    static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = TableColumn.normalise(text);
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(text.strip()) || TableColumn.normalise(e.label()).equals(wanted))
                .findFirst();
    }

    /** "COMPUTER (Máy tính); PRINTER_SCANNER (Máy in, máy quét); …" for the message that lists them. */
    static <E extends Enum<E> & Labelled> String list(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> e.name() + " (" + e.label() + ")")
                .collect(Collectors.joining("; "));
    }
}
