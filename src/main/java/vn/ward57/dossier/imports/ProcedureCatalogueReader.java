package vn.ward57.dossier.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.table.RowError;
import vn.ward57.common.table.TableColumn;
import vn.ward57.common.table.TableReader;
import vn.ward57.common.web.Messages;
import vn.ward57.dossier.Procedure;
import vn.ward57.dossier.Procedure.Level;
import vn.ward57.dossier.Procedure.OnlineLevel;

/**
 * Reads a procedure catalogue (CSV or XLSX) as the national public-service portal exports it: title
 * rows above the header, an STT column, code, name, field, level, online level, phi địa giới, fee,
 * online payment; headers in English or Vietnamese; the field merged down each group of rows. The
 * header is found as the dossier import finds it ({@link HeaderSearch}); section rows ("I. LĨNH VỰC
 * HỘ TỊCH", one text merged across the table) and rows without code and name are skipped. A
 * commune-level list without a level column is of ward procedures.
 */
public final class ProcedureCatalogueReader {

    private static final Map<String, String> HEADERS = headers();
    private static final List<String> REQUIRED = List.of("code", "name", "field", "online_level");

    private final Messages messages;

    public ProcedureCatalogueReader(Messages messages) {
        this.messages = messages;
    }

    /** errors: the first {@value vn.ward57.common.table.RowError#LISTED}; errorTotal: how many in all. */
    public record Result(List<Procedure> procedures, List<RowError> errors, long rowsRead, long errorTotal) {

        Result(List<Procedure> procedures, List<RowError> errors, long rowsRead) {
            this(procedures, List.copyOf(errors.subList(0, Math.min(errors.size(), RowError.LISTED))), rowsRead,
                    errors.size());
        }
    }

    public Result read(Path file) throws IOException {
        List<Procedure> procedures = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        long read = 0;
        try (TableReader reader = TableReader.open(file)) {
            HeaderSearch.Found<Map<String, Integer>> found;
            try {
                found = HeaderSearch.find(reader, ProcedureCatalogueReader::attempt);
            } catch (InvalidInputException e) {
                errors.add(new RowError(1, "file", "", messages.get(e)));
                return new Result(List.of(), errors, 0);
            }
            Map<String, Integer> at = found.layout();
            TableReader rows = found.rows().skipping(cells -> noProcedure(cells, at));
            Set<String> codes = new HashSet<>();
            for (List<String> cells = rows.next(); cells != null; cells = rows.next()) {
                read++;
                long row = rows.rowNumber();
                int before = errors.size();
                String code = required(cells, at, "code", 50, row, errors);
                code = code == null ? null : PortalValues.code(code);
                String name = required(cells, at, "name", 1000, row, errors);
                String field = required(cells, at, "field", 200, row, errors);
                Level level = at.containsKey("level") ? choice(cells, at, "level", PortalValues::level, row, errors)
                        : Level.WARD;
                OnlineLevel online = choice(cells, at, "online_level", PortalValues::onlineLevel, row, errors);
                if (code != null && !codes.add(code)) {
                    errors.add(new RowError(row, "code", code, messages.get("procedure.duplicate-in-file")));
                }
                if (errors.size() == before) {
                    procedures.add(new Procedure(code, name, field, level, online, flag(cells, at, "non_residence"),
                            PortalValues.hasFee(cell(cells, at, "has_fee")), flag(cells, at, "online_payment")));
                }
            }
        }
        return new Result(procedures, errors, read);
    }

    private static HeaderSearch.Attempt<Map<String, Integer>> attempt(HeaderSearch.Header header) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            for (String name : header.names(i)) {
                String column = HEADERS.get(TableColumn.normalise(name));
                if (column != null && !at.containsKey(column)) {
                    at.put(column, i);
                    break;
                }
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !at.containsKey(c)).toList();
        return missing.isEmpty() ? new HeaderSearch.Attempt<>(at, null, at.size())
                : new HeaderSearch.Attempt<>(null, new InvalidInputException("procedure.missing-columns", "file",
                        String.join(", ", missing)), at.size());
    }

    /**
     * A section row ("I. LĨNH VỰC HỘ TỊCH" merged across the table, or alone where the code goes), a
     * footer ("Tổng số: 368 thủ tục"), a blank row: no procedure, no error. A code has no spaces, so a
     * real row without its name is still reported.
     */
    private static boolean noProcedure(List<String> cells, Map<String, Integer> at) {
        String code = cell(cells, at, "code");
        String name = cell(cells, at, "name");
        if (code.equals(name)) {
            return true;
        }
        return name.isEmpty() && code.chars().anyMatch(Character::isWhitespace);
    }

    private String required(List<String> cells, Map<String, Integer> at, String column, int max, long row,
                            List<RowError> errors) {
        String value = cell(cells, at, column);
        if (value.isEmpty()) {
            errors.add(new RowError(row, column, value, messages.get("import.missing")));
            return null;
        }
        if (value.length() > max) {
            errors.add(new RowError(row, column, value, messages.get("import.too-long", max)));
            return null;
        }
        return value;
    }

    private <T> T choice(List<String> cells, Map<String, Integer> at, String column, Function<String, T> read,
                         long row, List<RowError> errors) {
        String value = cell(cells, at, column);
        T chosen = read.apply(value);
        if (chosen == null) {
            errors.add(new RowError(row, column, value, messages.get("procedure.bad-" + column.replace('_', '-'))));
        }
        return chosen;
    }

    private static boolean flag(List<String> cells, Map<String, Integer> at, String column) {
        return PortalValues.flag(TableColumn.normalise(cell(cells, at, column)));
    }

    private static String cell(List<String> cells, Map<String, Integer> at, String column) {
        Integer i = at.get(column);
        return i == null || i >= cells.size() || cells.get(i) == null ? "" : cells.get(i).strip();
    }

    private static Map<String, String> headers() {
        Map<String, List<String>> names = Map.of(
                "code", List.of("code", "mã thủ tục", "mã tthc", "mã", "mã số", "mã thủ tục hành chính"),
                "name", List.of("name", "tên thủ tục", "tên tthc", "tên", "tên thủ tục hành chính"),
                "field", List.of("field", "lĩnh vực", "tên lĩnh vực"),
                "level", List.of("level", "cấp thực hiện", "cấp", "cấp giải quyết"),
                "online_level", List.of("online_level", "mức độ dvc", "mức độ", "dịch vụ công trực tuyến",
                        "mức độ dịch vụ công trực tuyến", "dvc trực tuyến", "mức độ dvctt"),
                "non_residence", List.of("non_residence", "phi địa giới", "không phụ thuộc địa giới hành chính"),
                "has_fee", List.of("has_fee", "có phí", "phí, lệ phí", "phí lệ phí", "lệ phí", "phí"),
                "online_payment", List.of("online_payment", "thanh toán trực tuyến", "thanh toán trực tuyến (tttt)",
                        "tích hợp thanh toán trực tuyến"));
        Map<String, String> byHeader = new HashMap<>();
        names.forEach((column, headers) -> headers.forEach(h -> byHeader.put(TableColumn.normalise(h), column)));
        return byHeader;
    }
}
