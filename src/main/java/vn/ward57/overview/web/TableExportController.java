package vn.ward57.overview.web;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.table.TableExport;
import vn.ward57.common.web.Messages;

/**
 * Any table on screen as a CSV or XLSX file: static/js/table-export.js posts its header and cell
 * texts; the cells are written as text, those a spreadsheet would run as a formula neutralised.
 */
@Controller
class TableExportController {

    static final int MAX_ROWS = 20_000;
    static final int MAX_COLUMNS = 50;
    static final int MAX_CELL = 10_000;

    private final Messages messages;

    TableExportController(Messages messages) {
        this.messages = messages;
    }

    /** The table as the page shows it: header texts, then each row's cell texts. */
    record ScreenTable(List<String> headers, List<List<String>> rows) {
    }

    @PostMapping("/exports/table")
    @ResponseBody
    ResponseEntity<?> export(@RequestParam String format, @RequestParam(required = false) String name,
                             @RequestBody ScreenTable table) {
        try {
            check(format, table);
            return TableExport.download(format, baseName(name), table.headers(), table.rows());
        } catch (InvalidInputException e) {
            // the script shows this text as it is: a plain Vietnamese sentence
            return ResponseEntity.badRequest().contentType(new MediaType(MediaType.TEXT_PLAIN,
                    java.nio.charset.StandardCharsets.UTF_8)).body(messages.get(e));
        }
    }

    private static void check(String format, ScreenTable table) {
        if (!"csv".equalsIgnoreCase(format) && !"xlsx".equalsIgnoreCase(format)) {
            throw new InvalidInputException("tablefile.bad-format", "format", format);
        }
        if (table == null || table.headers() == null || table.rows() == null) {
            throw new InvalidInputException("export.empty", "rows");
        }
        if (table.rows().size() > MAX_ROWS) {
            throw new InvalidInputException("export.too-many-rows", "rows", String.valueOf(table.rows().size()),
                    "20.000");
        }
        int widest = Math.max(table.headers().size(),
                table.rows().stream().mapToInt(r -> r == null ? 0 : r.size()).max().orElse(0));
        if (widest > MAX_COLUMNS) {
            throw new InvalidInputException("export.too-many-columns", "headers", String.valueOf(widest),
                    String.valueOf(MAX_COLUMNS));
        }
        boolean longCell = table.rows().stream().filter(java.util.Objects::nonNull).flatMap(List::stream)
                .anyMatch(c -> c != null && c.length() > MAX_CELL);
        if (longCell || table.rows().stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("export.bad-cell", "rows", "10.000");
        }
    }

    /** A file name from the page's title: letters, digits and dashes only, at most 60 characters. */
    static String baseName(String name) {
        String cleaned = name == null ? "" : name.strip().replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        if (cleaned.isEmpty()) {
            return "bang";
        }
        return cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
    }
}
