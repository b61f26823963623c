package vn.ward57.indicator;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.common.error.Ward57Exception;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.common.table.RowError;
import vn.ward57.common.table.RowsRejectedException;
import vn.ward57.common.table.TableColumn;
import vn.ward57.common.table.TableImport;
import vn.ward57.common.web.Messages;
import vn.ward57.org.Ward;

/** The digital-citizen figures as a file: one row a month, imported all or nothing, exported with the same headers. */
@Service
public class DigitalCitizenFile {

    /** The file offered beside the digital citizens import's form, from the columns it matches. */
    @org.springframework.context.annotation.Bean
    static vn.ward57.common.table.ImportTemplate digitalCitizenImportTemplate() {
        return vn.ward57.common.table.ImportTemplate.of("mau-cong-dan-so", COLUMNS);
    }

    static final TableColumn MONTH = TableColumn.required("Tháng", 10, "thang", "ky", "kỳ");
    static final TableColumn ADULTS = TableColumn.optional("Dân trưởng thành", 20, "so dan truong thanh");
    static final TableColumn EID = TableColumn.optional("Tài khoản VNeID", 20, "tai khoan dinh danh dien tu");
    static final TableColumn PUBLIC = TableColumn.optional("Chữ ký số công cộng", 20);
    static final TableColumn PERSONAL = TableColumn.optional("Chữ ký số cá nhân", 20);
    static final TableColumn SOURCE = TableColumn.optional("Nguồn số liệu", 2000, "nguon");
    static final List<TableColumn> COLUMNS = List.of(MONTH, ADULTS, EID, PUBLIC, PERSONAL, SOURCE);

    private static final Pattern SHOWN_MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})");

    private final DigitalCitizens citizens;
    private final Messages messages;
    private final RegisterImports imports;

    DigitalCitizenFile(DigitalCitizens citizens, Messages messages, RegisterImports imports) {
        this.citizens = citizens;
        this.messages = messages;
        this.imports = imports;
    }

    private record Line(long row, String month, DigitalCitizens.Figures figures) {
    }

    /**
     * Accepts the file and queues its import (in the background, after the ward's earlier imports): every month
     * recorded, or none when a cell is at fault or a month is refused (a locked one, say), each listed in the
     * import's status. A file holds figures of every unit's and of the ward's, so it is ward-wide work.
     */
    @PreAuthorize("@access.enterWardWide(#ward)")
    public RegisterImport importFile(Ward ward, MultipartFile file) {
        return imports.start(ward.id().value(), "digital-citizens", "citizens.imported", file,
                (name, path) -> write(ward, name, path));
    }

    /** Answers how many months were recorded (the rows of the file), as citizens.imported words it. */
    private long write(Ward ward, String fileName, Path content) {
        List<Line> lines = TableImport.rows(fileName, content, COLUMNS, messages, r -> {
            String month = month(r.text(MONTH));
            if (month == null && !r.raw(MONTH).isEmpty()) {
                r.fault(MONTH, "citizens.bad-month");
            }
            return new Line(r.number(), month, new DigitalCitizens.Figures(whole(r.count(ADULTS)),
                    whole(r.count(EID)), whole(r.count(PUBLIC)), whole(r.count(PERSONAL)), r.text(SOURCE)));
        });
        List<RowError> refused = new ArrayList<>();
        for (Line line : lines) {
            try {
                citizens.record(ward, line.month(), line.figures());
            } catch (Ward57Exception e) {
                refused.add(new RowError(line.row(), MONTH.header(), line.month(), messages.get(e)));
            }
        }
        if (!refused.isEmpty()) {
            throw new RowsRejectedException(refused);
        }
        return lines.size();
    }

    /** The header and rows of a year, as the import reads them back. */
    public List<List<?>> rows(Ward ward, int year) {
        return citizens.year(ward, year).stream().<List<?>>map(m -> java.util.Arrays.asList(m.period(),
                m.adultResidents(), m.eidAccounts(), m.publicSignatures(), m.personalSignatures(),
                String.join("; ", m.sources()))).toList();
    }

    public static List<String> headers() {
        return COLUMNS.stream().map(TableColumn::header).toList();
    }

    /** 2026-05 or 5/2026; null for anything else, such as 13/2025. */
    private static String month(String text) {
        if (text == null) {
            return null;
        }
        Matcher shown = SHOWN_MONTH.matcher(text);
        String month = text.matches("\\d{4}-\\d{2}") ? text
                : shown.matches() ? "%s-%02d".formatted(shown.group(2), Integer.parseInt(shown.group(1))) : null;
        int number = month == null ? 0 : Integer.parseInt(month.substring(5));
        return number >= 1 && number <= 12 ? month : null;
    }

    private static BigDecimal whole(Long n) {
        return n == null ? null : BigDecimal.valueOf(n);
    }
}
