package vn.ward57.dossier.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import vn.ward57.common.web.Messages;
import vn.ward57.dossier.Channel;

/**
 * Reads one row of an export by the column positions the header gave, checking every value and
 * the rules between them (due, resolved and withdrawn not before received; not both resolved and
 * withdrawn). A row with any fault yields errors and no dossier.
 */
public final class DossierRowParser {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            pattern("uuuu-MM-dd'T'HH:mm[:ss]"), pattern("uuuu-MM-dd HH:mm[:ss]"),
            pattern("d/M/uuuu HH:mm[:ss]"), pattern("d/M/uuuu H:mm[:ss]"));
    private static final List<DateTimeFormatter> DATES = List.of(pattern("uuuu-MM-dd"), pattern("d/M/uuuu"));
    private static final Map<String, Channel> CHANNELS = Map.of(
            "online", Channel.ONLINE, "truc tuyen", Channel.ONLINE,
            "in person", Channel.IN_PERSON, "truc tiep", Channel.IN_PERSON,
            "postal", Channel.POSTAL, "bcci", Channel.POSTAL, "buu chinh cong ich", Channel.POSTAL,
            "buu chinh", Channel.POSTAL);

    private final Map<ImportColumn, Integer> positions;
    private final Messages messages;

    public DossierRowParser(Map<ImportColumn, Integer> positions, Messages messages) {
        this.positions = new EnumMap<>(positions);
        this.messages = messages;
    }

    /** The parsed dossier, or null after reporting each fault of the row to errors. */
    public ParsedDossier parse(long row, List<String> cells, Consumer<ImportError> errors) {
        var faults = new Faults(row, errors);
        String code = text(cells, ImportColumn.DOSSIER_CODE, faults);
        String procedure = text(cells, ImportColumn.PROCEDURE_CODE, faults);
        String field = text(cells, ImportColumn.FIELD, faults);
        Channel channel = channel(cells, faults);
        LocalDateTime received = date(cells, ImportColumn.RECEIVED_AT, faults);
        LocalDateTime due = date(cells, ImportColumn.DUE_AT, faults);
        LocalDateTime resolved = date(cells, ImportColumn.RESOLVED_AT, faults);
        LocalDateTime withdrawn = date(cells, ImportColumn.WITHDRAWN_AT, faults);
        boolean digitisedInput = flag(cells, ImportColumn.DIGITISED_INPUT, faults);
        boolean digitisedResult = flag(cells, ImportColumn.DIGITISED_RESULT, faults);
        boolean fee = flag(cells, ImportColumn.FEE_REQUIRED, faults);
        boolean paid = flag(cells, ImportColumn.PAID_ONLINE, faults);
        if (received != null) {
            before(received, due, ImportColumn.DUE_AT, "import.due-before-received", cells, faults);
            before(received, resolved, ImportColumn.RESOLVED_AT, "import.resolved-before-received", cells, faults);
            before(received, withdrawn, ImportColumn.WITHDRAWN_AT, "import.withdrawn-before-received", cells, faults);
        }
        if (resolved != null && withdrawn != null) {
            faults.add(ImportColumn.WITHDRAWN_AT, value(cells, ImportColumn.WITHDRAWN_AT), "import.resolved-and-withdrawn");
        }
        if (faults.any) {
            return null;
        }
        return new ParsedDossier(row, code, procedure, field, channel, received, due, resolved, withdrawn,
                digitisedInput, digitisedResult, fee, paid);
    }

    private String text(List<String> cells, ImportColumn column, Faults faults) {
        String value = value(cells, column);
        if (value.isEmpty()) {
            if (column.required()) {
                faults.add(column, value, "import.missing");
            }
            return null;
        }
        if (value.length() > column.maxLength()) {
            faults.add(column, value, "import.too-long", column.maxLength());
            return null;
        }
        return value;
    }

    private Channel channel(List<String> cells, Faults faults) {
        String value = text(cells, ImportColumn.CHANNEL, faults);
        if (value == null) {
            return null;
        }
        Channel channel = switch (value) {
            case "ONLINE" -> Channel.ONLINE;                    // the canonical names need no normalising
            case "IN_PERSON" -> Channel.IN_PERSON;
            case "POSTAL" -> Channel.POSTAL;
            default -> CHANNELS.get(ImportColumn.normalise(value));
        };
        if (channel == null) {
            faults.add(ImportColumn.CHANNEL, value, "import.bad-channel");
        }
        return channel;
    }

    private LocalDateTime date(List<String> cells, ImportColumn column, Faults faults) {
        String value = text(cells, column, faults);
        if (value == null) {
            return null;
        }
        // choose the formats by the text's shape: Vietnamese with '/', ISO otherwise; with a time or not
        boolean vietnamese = value.indexOf('/') > 0;
        boolean withTime = value.indexOf(':') > 0;
        List<DateTimeFormatter> formats = withTime
                ? (vietnamese ? DATE_TIMES.subList(2, 4) : DATE_TIMES.subList(0, 2))
                : (vietnamese ? DATES.subList(1, 2) : DATES.subList(0, 1));
        for (DateTimeFormatter format : formats) {
            try {
                return withTime ? LocalDateTime.parse(value, format) : LocalDate.parse(value, format).atStartOfDay();
            } catch (DateTimeParseException ignored) {
                // try the next way of writing it
            }
        }
        faults.add(column, value, "import.bad-date");
        return null;
    }

    private boolean flag(List<String> cells, ImportColumn column, Faults faults) {
        String value = value(cells, column);
        switch (value) {                                        // the usual spellings, without normalising
            case "", "0", "false" -> {
                return false;
            }
            case "1", "true", "x" -> {
                return true;
            }
            default -> {
                // below
            }
        }
        return switch (ImportColumn.normalise(value)) {
            case "", "0", "false", "khong", "no", "n" -> false;
            case "1", "true", "co", "x", "yes", "y" -> true;
            default -> {
                faults.add(column, value, "import.bad-boolean");
                yield false;
            }
        };
    }

    private void before(LocalDateTime received, LocalDateTime later, ImportColumn column, String key,
                               List<String> cells, Faults faults) {
        if (later != null && later.isBefore(received)) {
            faults.add(column, value(cells, column).isEmpty() ? later.toString() : value(cells, column), key);
        }
    }

    private String value(List<String> cells, ImportColumn column) {
        Integer at = positions.get(column);
        if (at == null || at >= cells.size() || cells.get(at) == null) {
            return "";
        }
        return cells.get(at).strip();
    }

    private static DateTimeFormatter pattern(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    private final class Faults {
        private final long row;
        private final Consumer<ImportError> sink;
        private boolean any;

        Faults(long row, Consumer<ImportError> sink) {
            this.row = row;
            this.sink = sink;
        }

        void add(ImportColumn column, String value, String key, Object... args) {
            any = true;
            sink.accept(new ImportError(row, column.canonical(), value, messages.get(key, args)));
        }
    }
}
