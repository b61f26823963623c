package vn.ward57.dossier.imports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.ward57.common.table.CellDate;
import vn.ward57.common.table.RowError;
import vn.ward57.common.table.TableColumn;
import vn.ward57.common.web.Messages;
import vn.ward57.dossier.Channel;

/**
 * Reads one row of an export by the column positions the header gave, checking every value and
 * the rules between them (due, resolved and withdrawn not before received, by day when either is a
 * date alone; not both resolved and withdrawn). A row with any fault yields errors and no dossier.
 */
public final class DossierRowParser {

    private static final Map<String, Channel> CHANNELS = Map.of(
            "online", Channel.ONLINE, "truc tuyen", Channel.ONLINE,
            "in person", Channel.IN_PERSON, "truc tiep", Channel.IN_PERSON,
            "postal", Channel.POSTAL, "bcci", Channel.POSTAL, "buu chinh cong ich", Channel.POSTAL,
            "buu chinh", Channel.POSTAL);

    private final Map<ImportColumn, Integer> positions;
    private final ColumnLayout.StatusRule status;
    private final Messages messages;

    public DossierRowParser(ColumnLayout layout, Messages messages) {
        this.positions = new EnumMap<>(layout.positions());
        this.status = layout.status();
        this.messages = messages;
    }

    /** The parsed dossier, or null after reporting each fault of the row to errors. */
    public ParsedDossier parse(long row, List<String> cells, Consumer<RowError> errors) {
        var faults = new Faults(row, errors);
        String code = text(cells, ImportColumn.DOSSIER_CODE, faults);
        String procedure = text(cells, ImportColumn.PROCEDURE_CODE, faults);
        procedure = procedure == null ? null : PortalValues.code(procedure);     // 1.00012 was 1.000120
        String field = text(cells, ImportColumn.FIELD, faults);
        Channel channel = channel(cells, faults);
        CellDate received = date(cells, ImportColumn.RECEIVED_AT, faults);
        CellDate due = date(cells, ImportColumn.DUE_AT, faults);
        CellDate resolved = date(cells, ImportColumn.RESOLVED_AT, faults);
        CellDate withdrawn = date(cells, ImportColumn.WITHDRAWN_AT, faults);
        if (status != null) {
            StatusText state = StatusText.of(cell(cells, status.statusAt()), status);
            switch (state.kind()) {
                case RESOLVED -> resolved = statusDate(cells, state, ImportColumn.RESOLVED_AT, faults);
                case WITHDRAWN -> withdrawn = statusDate(cells, state, ImportColumn.WITHDRAWN_AT, faults);
                case UNMAPPED -> faults.add(ImportColumn.RESOLVED_AT, state.label(), "import.status-unmapped",
                        state.label());
                case PENDING -> {
                    // in progress: no date
                }
            }
        }
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
        return new ParsedDossier(row, code, procedure, field, channel, received.at(), due.at(),
                resolved == null ? null : resolved.at(), withdrawn == null ? null : withdrawn.at(), digitisedInput, digitisedResult, fee, paid);
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
            default -> CHANNELS.get(TableColumn.normalise(value));
        };
        if (channel == null) {
            faults.add(ImportColumn.CHANNEL, value, "import.bad-channel");
        }
        return channel;
    }

    private CellDate date(List<String> cells, ImportColumn column, Faults faults) {
        return date(text(cells, column, faults), column, faults);
    }

    /**
     * The status's date, standing for the result or withdrawal date; it must be there: in the status
     * date column, or else written in the status cell.
     */
    private CellDate statusDate(List<String> cells, StatusText state, ImportColumn column, Faults faults) {
        String value = status.dateAt() < 0 ? "" : cell(cells, status.dateAt());
        if (value.isEmpty()) {
            value = state.date();
        }
        if (value.isEmpty()) {
            faults.add(column, state.label(), status.dateAt() < 0 ? "import.status-without-date-in-cell"
                    : "import.status-without-date", state.label());
            return null;
        }
        if (value.length() > column.maxLength()) {
            faults.add(column, value, "import.too-long", column.maxLength());
            return null;
        }
        return date(value, column, faults);
    }

    private CellDate date(String value, ImportColumn column, Faults faults) {
        if (value == null) {
            return null;
        }
        CellDate parsed = CellDate.read(value);
        if (parsed == null) {
            faults.add(column, value, "import.bad-date");
        }
        return parsed;
    }

    private boolean flag(List<String> cells, ImportColumn column, Faults faults) {
        String value = value(cells, column);
        return switch (value) {                                 // the usual spellings, without normalising
            case "", "0", "false" -> false;
            case "1", "true", "x" -> true;
            default -> switch (TableColumn.normalise(value)) {
                case "", "0", "false", "khong", "no", "n" -> false;
                case "1", "true", "co", "x", "yes", "y" -> true;
                default -> {
                    faults.add(column, value, "import.bad-boolean");
                    yield false;
                }
            };
        };
    }

    /** A date alone means the whole day: a same-day due date or result is never before a timed receipt. */
    private void before(CellDate received, CellDate later, ImportColumn column, String key,
                        List<String> cells, Faults faults) {
        if (later != null && later.before(received)) {
            faults.add(column, value(cells, column).isEmpty() ? later.at().toString() : value(cells, column), key);
        }
    }

    private String value(List<String> cells, ImportColumn column) {
        Integer at = positions.get(column);
        return at == null ? "" : cell(cells, at);
    }

    private static String cell(List<String> cells, int at) {
        if (at >= cells.size() || cells.get(at) == null) {
            return "";
        }
        return cells.get(at).strip();
    }

    private final class Faults {
        private final long row;
        private final Consumer<RowError> sink;
        private boolean any;

        Faults(long row, Consumer<RowError> sink) {
            this.row = row;
            this.sink = sink;
        }

        void add(ImportColumn column, String value, String key, Object... args) {
            any = true;
            sink.accept(new RowError(row, column.canonical(), value, messages.get(key, args)));
        }
    }
}
