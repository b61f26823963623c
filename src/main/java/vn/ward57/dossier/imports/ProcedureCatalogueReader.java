package vn.ward57.dossier.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ward57.common.web.Messages;
import vn.ward57.dossier.Procedure;
import vn.ward57.dossier.Procedure.Level;
import vn.ward57.dossier.Procedure.OnlineLevel;

/**
 * Reads a procedure catalogue (CSV or XLSX) as the public-service portal lists it: code, name,
 * field, level, online level, phi địa giới, fee; headers in English or Vietnamese.
 */
public final class ProcedureCatalogueReader {

    private static final Map<String, String> HEADERS = headers();
    private static final Map<String, Level> LEVELS = Map.of("ward", Level.WARD, "xa", Level.WARD,
            "phuong", Level.WARD, "cap xa", Level.WARD, "province", Level.PROVINCE, "tinh", Level.PROVINCE,
            "cap tinh", Level.PROVINCE, "central", Level.CENTRAL, "trung uong", Level.CENTRAL);
    private static final Map<String, OnlineLevel> ONLINE = Map.of("full", OnlineLevel.FULL,
            "toan trinh", OnlineLevel.FULL, "partial", OnlineLevel.PARTIAL, "mot phan", OnlineLevel.PARTIAL,
            "none", OnlineLevel.NONE, "khong", OnlineLevel.NONE);

    private final Messages messages;

    public ProcedureCatalogueReader(Messages messages) {
        this.messages = messages;
    }

    public record Result(List<Procedure> procedures, List<ImportError> errors, long rowsRead) {
    }

    public Result read(Path file) throws IOException {
        List<Procedure> procedures = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        long read = 0;
        try (TableReader reader = TableReader.open(file)) {
            List<String> header = reader.next();
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; header != null && i < header.size(); i++) {
                String column = HEADERS.get(ImportColumn.normalise(header.get(i)));
                if (column != null) {
                    at.putIfAbsent(column, i);
                }
            }
            List<String> missing = List.of("code", "name", "field", "level", "online_level").stream()
                    .filter(c -> !at.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                errors.add(new ImportError(1, String.join(", ", missing), "",
                        messages.get("procedure.missing-columns", String.join(", ", missing))));
                return new Result(List.of(), errors, 0);
            }
            Set<String> codes = new HashSet<>();
            for (List<String> cells = reader.next(); cells != null; cells = reader.next()) {
                read++;
                long row = reader.rowNumber();
                int before = errors.size();
                String code = required(cells, at, "code", 50, row, errors);
                String name = required(cells, at, "name", 1000, row, errors);
                String field = required(cells, at, "field", 200, row, errors);
                Level level = choice(cells, at, "level", LEVELS, row, errors);
                OnlineLevel online = choice(cells, at, "online_level", ONLINE, row, errors);
                if (code != null && !codes.add(code)) {
                    errors.add(new ImportError(row, "code", code, messages.get("procedure.duplicate-in-file")));
                }
                if (errors.size() == before) {
                    procedures.add(new Procedure(code, name, field, level, online, flag(cells, at, "non_residence"),
                            flag(cells, at, "has_fee"), flag(cells, at, "online_payment")));
                }
            }
        }
        return new Result(procedures, errors, read);
    }

    private String required(List<String> cells, Map<String, Integer> at, String column, int max, long row,
                            List<ImportError> errors) {
        String value = cell(cells, at, column);
        if (value.isEmpty()) {
            errors.add(new ImportError(row, column, value, messages.get("import.missing")));
            return null;
        }
        if (value.length() > max) {
            errors.add(new ImportError(row, column, value, messages.get("import.too-long", max)));
            return null;
        }
        return value;
    }

    private <T> T choice(List<String> cells, Map<String, Integer> at, String column, Map<String, T> values,
                         long row, List<ImportError> errors) {
        String value = cell(cells, at, column);
        T chosen = values.get(ImportColumn.normalise(value));
        if (chosen == null) {
            errors.add(new ImportError(row, column, value, messages.get("procedure.bad-" + column.replace('_', '-'))));
        }
        return chosen;
    }

    private static boolean flag(List<String> cells, Map<String, Integer> at, String column) {
        return Set.of("1", "true", "co", "x", "yes").contains(ImportColumn.normalise(cell(cells, at, column)));
    }

    private static String cell(List<String> cells, Map<String, Integer> at, String column) {
        Integer i = at.get(column);
        return i == null || i >= cells.size() || cells.get(i) == null ? "" : cells.get(i).strip();
    }

    private static Map<String, String> headers() {
        Map<String, List<String>> names = Map.of(
                "code", List.of("code", "mã thủ tục", "mã tthc", "mã"),
                "name", List.of("name", "tên thủ tục", "tên tthc", "tên"),
                "field", List.of("field", "lĩnh vực"),
                "level", List.of("level", "cấp thực hiện", "cấp"),
                "online_level", List.of("online_level", "mức độ dvc", "mức độ", "dịch vụ công trực tuyến"),
                "non_residence", List.of("non_residence", "phi địa giới"),
                "has_fee", List.of("has_fee", "có phí", "phí, lệ phí"),
                "online_payment", List.of("online_payment", "thanh toán trực tuyến", "thanh toán trực tuyến (tttt)"));
        Map<String, String> byHeader = new HashMap<>();
        names.forEach((column, headers) -> headers.forEach(h -> byHeader.put(ImportColumn.normalise(h), column)));
        return byHeader;
    }
}
