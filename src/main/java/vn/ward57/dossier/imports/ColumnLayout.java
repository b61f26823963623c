package vn.ward57.dossier.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.table.TableColumn;
import vn.ward57.common.table.TableReader;
import vn.ward57.dossier.ImportProfile;
import vn.ward57.dossier.imports.HeaderSearch.Attempt;
import vn.ward57.dossier.imports.HeaderSearch.Header;

/**
 * Where each column stands in a file, from its header row: by a saved profile's mapping first,
 * then by the headers ward57 recognises. A file without a required column is refused whole.
 * Columns it does not know (STT, the row number) are left alone.
 */
public record ColumnLayout(Map<ImportColumn, Integer> positions, StatusRule status) {

    /**
     * A vendor status column standing for the result and withdrawal dates (values normalised); dateAt
     * is the status date's column, or -1 when the status cell holds its date ("Đã rút (12/07/2026)").
     */
    public record StatusRule(int statusAt, int dateAt, Set<String> resolved, Set<String> withdrawn) {
    }

    /** The layout, and the data rows after the header without footers ({@link FooterRows}). */
    public record Table(ColumnLayout layout, TableReader rows) {
    }

    /** Finds the header among the file's first rows (title rows above it are skipped). */
    public static Table find(TableReader reader, ImportProfile profile) throws IOException {
        var found = HeaderSearch.find(reader, header -> attempt(header, profile));
        ColumnLayout layout = found.layout();
        return new Table(layout, found.rows().skipping(new FooterRows(layout)::test));
    }

    /** The layout of a one-row header. */
    public static ColumnLayout of(List<String> header, ImportProfile profile) {
        if (header == null) {
            throw new InvalidInputException("import.empty-file", "file");
        }
        Attempt<ColumnLayout> attempt = attempt(new Header(header, List.of()), profile);
        if (attempt.layout() == null) {
            throw attempt.failure();
        }
        return attempt.layout();
    }

    /**
     * The column names of a sample export, for mapping them in a profile: of the first rows, the one
     * naming most columns ward57 knows, else the one with most different cells (a title merged across
     * the sheet has one); a two-row header offers each lower name and the two joined.
     */
    public static List<String> sampleHeaders(TableReader reader) throws IOException {
        Header best = null;
        int bestScore = 0;
        List<String> above = List.of();
        long aboveRow = -2;
        for (int n = 0; n < HeaderSearch.ROWS; n++) {
            List<String> cells = reader.next();
            if (cells == null) {
                break;
            }
            Header header = new Header(cells, reader.rowNumber() == aboveRow + 1 ? above : List.of());
            int known = 0;
            for (int i = 0; i < header.size(); i++) {
                known += header.names(i).stream().anyMatch(h -> ImportColumn.forHeader(h).isPresent()) ? 1 : 0;
            }
            int score = known * 1000 + (int) cells.stream().filter(c -> c != null && !c.isBlank()).distinct().count();
            if (score > bestScore) {
                best = header;
                bestScore = score;
            }
            above = cells;
            aboveRow = reader.rowNumber();
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (int i = 0; best != null && i < best.size(); i++) {
            names.addAll(best.names(i));
        }
        return List.copyOf(names);
    }

    static Attempt<ColumnLayout> attempt(Header header, ImportProfile profile) {
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        StatusRule status = null;
        InvalidInputException failure = null;
        if (profile != null) {
            for (var mapped : profile.columns().entrySet()) {
                Optional<ImportColumn> column = ImportColumn.forCanonical(mapped.getKey());
                int at = position(header, mapped.getValue());
                if (column.isPresent() && at >= 0) {
                    positions.put(column.get(), at);
                } else if (column.isPresent() && failure == null) {
                    failure = notFound(mapped.getValue(), profile);
                }
            }
            if (profile.hasStatus()) {
                int statusAt = position(header, profile.statusColumn());
                int dateAt = profile.statusDateColumn() == null ? -1 : position(header, profile.statusDateColumn());
                if (statusAt < 0 || (profile.statusDateColumn() != null && dateAt < 0)) {
                    failure = failure != null ? failure
                            : notFound(statusAt < 0 ? profile.statusColumn() : profile.statusDateColumn(), profile);
                } else {
                    status = new StatusRule(statusAt, dateAt, normalised(profile.resolvedValues()),
                            normalised(profile.withdrawnValues()));
                }
            }
        }
        for (int i = 0; i < header.size(); i++) {
            for (String name : header.names(i)) {
                Optional<ImportColumn> known = ImportColumn.forHeader(name);
                if (known.isPresent() && !positions.containsValue(i) && !(status != null && known.get().endsProcess())) {
                    positions.putIfAbsent(known.get(), i);
                    break;
                }
            }
        }
        int recognised = positions.size() + (status == null ? 0 : 1);
        List<String> missing = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                missing.add(column.canonical());
            }
        }
        if (failure == null && !missing.isEmpty()) {
            failure = new InvalidInputException("import.missing-columns", "file", String.join(", ", missing));
        }
        return failure != null ? new Attempt<>(null, failure, recognised)
                : new Attempt<>(new ColumnLayout(positions, status), null, recognised);
    }

    /** The column a profile's header names (by its own cell or joined to the one above), or -1. */
    private static int position(Header header, String name) {
        String wanted = TableColumn.normalise(name);
        for (int i = 0; i < header.size(); i++) {
            for (String candidate : header.names(i)) {
                if (TableColumn.normalise(candidate).equals(wanted)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static InvalidInputException notFound(String name, ImportProfile profile) {
        return new InvalidInputException("profile.header-not-found", "file", name, profile.name());
    }

    private static Set<String> normalised(List<String> values) {
        return values.stream().map(TableColumn::normalise).collect(Collectors.toUnmodifiableSet());
    }
}
