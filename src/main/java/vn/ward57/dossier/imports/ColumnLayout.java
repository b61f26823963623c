package vn.ward57.dossier.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.dossier.ImportProfile;

/**
 * Where each column stands in a file, from its header row: by a saved profile's mapping first,
 * then by the headers ward57 recognises. A file without a required column is refused whole.
 */
public record ColumnLayout(Map<ImportColumn, Integer> positions, StatusRule status) {

    /** A vendor status column standing for the result and withdrawal dates (values normalised). */
    public record StatusRule(int statusAt, int dateAt, Set<String> resolved, Set<String> withdrawn) {
    }

    public static ColumnLayout of(List<String> header, ImportProfile profile) {
        if (header == null) {
            throw new InvalidInputException("import.empty-file", "file");
        }
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        StatusRule status = null;
        if (profile != null) {
            profile.columns().forEach((canonical, name) -> ImportColumn.forCanonical(canonical)
                    .ifPresent(column -> positions.put(column, position(header, name, profile))));
            if (profile.hasStatus()) {
                status = new StatusRule(position(header, profile.statusColumn(), profile),
                        position(header, profile.statusDateColumn(), profile),
                        normalised(profile.resolvedValues()), normalised(profile.withdrawnValues()));
            }
        }
        for (int i = 0; i < header.size(); i++) {
            Optional<ImportColumn> known = ImportColumn.forHeader(header.get(i));
            if (known.isPresent() && !positions.containsValue(i) && !(status != null && known.get().endsProcess())) {
                positions.putIfAbsent(known.get(), i);
            }
        }
        List<String> missing = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                missing.add(column.canonical());
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("import.missing-columns", "file", String.join(", ", missing));
        }
        return new ColumnLayout(positions, status);
    }

    private static int position(List<String> header, String name, ImportProfile profile) {
        String wanted = ImportColumn.normalise(name);
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i) != null && ImportColumn.normalise(header.get(i)).equals(wanted)) {
                return i;
            }
        }
        throw new InvalidInputException("profile.header-not-found", "file", name, profile.name());
    }

    private static Set<String> normalised(List<String> values) {
        return values.stream().map(ImportColumn::normalise).collect(Collectors.toUnmodifiableSet());
    }
}
