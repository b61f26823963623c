package vn.ward57.common.table;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldModifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ward57.common.Echo;
import vn.ward57.common.error.InvalidInputException;

/**
 * The one way an uploaded CSV file is opened, for the registers and the dossier exports alike: in the
 * encoding {@link TextEncoding} found, decoded strictly (never a "�"), Windows-1258's separate tone marks
 * composed (NFC, as a UTF-8 file has them), and no field longer than {@link CellLimit}.
 */
public final class CsvFiles {

    /** FastCSV's words for a field, record or buffer over its limit, and for where the record starts. */
    private static final Pattern TOO_LARGE = Pattern.compile("max field size|max record size|maximum buffer size");
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private CsvFiles() {
    }

    /** The rows of the file whose content starts here (its BOM included: it is skipped). */
    public static CsvReader<CsvRecord> open(InputStream content, TextEncoding.Detected encoding) throws IOException {
        content.skipNBytes(encoding.bom());
        int limit = CellLimit.bytes();
        CsvRecordHandler handler = CsvRecordHandler.of(b -> {
            b.maxFieldSize(limit).maxRecordSize(Math.max(limit, 64 * limit));
            if (encoding.decomposed()) {
                b.fieldModifier(FieldModifier.modify(f -> Normalizer.normalize(f, Normalizer.Form.NFC)));
            }
        });
        var decoder = encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // a field is buffered whole before it is checked: the buffer's bound is the limit's, quotes doubled
        return CsvReader.builder().skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
                .maxBufferSize(2 * limit + 16_384).build(handler, new InputStreamReader(content, decoder));
    }

    /** Why a CSV file could not be read, in words for the one who sent it (a refusal found inside passes on). */
    public static InvalidInputException refusal(Exception e, String fileName) {
        String line = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException refused) {
                return refused;
            }
            if (t instanceof CsvParseException p && p.getMessage() != null) {
                Matcher at = LINE.matcher(p.getMessage());
                line = line == null && at.find() ? at.group(1) : line;
                if (TOO_LARGE.matcher(p.getMessage()).find()) {
                    return line == null
                            ? new InvalidInputException("tablefile.cell-too-large-unplaced", "file",
                                    CellLimit.kilobytes())
                            : new InvalidInputException("tablefile.cell-too-large-row", "file", CellLimit.kilobytes(),
                                    line);
                }
            }
        }
        return new InvalidInputException("tablefile.unreadable", "file", Echo.cut(fileName, 100));
    }
}
