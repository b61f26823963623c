package vn.ward57.common.table;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.error.InvalidInputException;

/**
 * A table written as CSV (UTF-8 with BOM, so Excel shows the diacritics) or XLSX, with the same
 * headers an import of the register accepts. Text that a spreadsheet would run as a formula
 * (starting with =, +, -, @) is neutralised with a leading apostrophe; numbers stay numbers.
 */
public final class TableExport {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private TableExport() {
    }

    /** A register's table as the file to download: format "csv" or "xlsx", named after the table. */
    public static ResponseEntity<byte[]> download(String format, TableData table) {
        return download(format, table.baseName(), table.headers(), table.rows());
    }

    /** The file to download: format "csv" or "xlsx", named baseName.csv / baseName.xlsx. */
    public static ResponseEntity<byte[]> download(String format, String baseName, List<String> headers,
                                                  List<? extends List<?>> rows) {
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && !"xlsx".equalsIgnoreCase(format)) {
            throw new InvalidInputException("tablefile.bad-format", "format", format);
        }
        byte[] body = csv ? csv(headers, rows) : xlsx(baseName, headers, rows);
        String name = baseName + (csv ? ".csv" : ".xlsx");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
                .body(body);
    }

    static byte[] csv(List<String> headers, List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CsvWriter writer = CsvWriter.builder().build(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            writer.writeRecord(headers.stream().map(TableExport::neutralise).toList());
            for (List<?> row : rows) {
                writer.writeRecord(row.stream().map(TableExport::csvCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(String sheet, List<String> headers, List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "ward57", "1.0");
            Worksheet ws = workbook.newWorksheet(sheet.length() > 31 ? sheet.substring(0, 31) : sheet);
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c, neutralise(headers.get(c)));
                ws.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<?> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    switch (v) {
                        case null -> { }
                        case Number n -> ws.value(r + 1, c, n);
                        case LocalDate d -> {
                            ws.value(r + 1, c, d);
                            // a real date cell, shown as Excel formats can: the month always with two digits
                            ws.style(r + 1, c).format("dd/mm/yyyy").set();
                        }
                        case Boolean b -> ws.value(r + 1, c, b);
                        default -> ws.value(r + 1, c, neutralise(v.toString()));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String csvCell(Object v) {
        return switch (v) {
            case null -> "";
            case Number n -> n instanceof java.math.BigDecimal b ? b.stripTrailingZeros().toPlainString() : n.toString();
            case LocalDate d -> VietnameseFormat.date(d);
            default -> neutralise(v.toString());
        };
    }

    /** A text cell a spreadsheet would take for a formula gets a leading apostrophe. */
    public static String neutralise(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
