package vn.ward57.dossier.imports;

import java.util.Optional;
import vn.ward57.common.table.TableColumn;

/**
 * The canonical columns of a dossier export, and the headers the one-stop systems write for them, matched
 * as a register's columns are ({@link TableColumn}: "Số hoá" = "so hoa" = "số hóa"). The canonical name
 * ({@code received_at}) is the column's header in errors and profiles.
 */
public enum ImportColumn {
    DOSSIER_CODE(TableColumn.required("dossier_code", 100, "mã hồ sơ", "số hồ sơ", "mã số hồ sơ")),
    PROCEDURE_CODE(TableColumn.optional("procedure_code", 50, "mã thủ tục", "mã thủ tục hành chính", "mã tthc")),
    FIELD(TableColumn.optional("field", 200, "lĩnh vực", "tên lĩnh vực")),
    CHANNEL(TableColumn.required("channel", 50, "hình thức nộp", "hình thức tiếp nhận", "kênh tiếp nhận",
            "hình thức nộp hồ sơ")),
    RECEIVED_AT(TableColumn.required("received_at", 30, "ngày tiếp nhận", "ngày nhận", "thời gian tiếp nhận")),
    DUE_AT(TableColumn.required("due_at", 30, "hạn xử lý", "hạn giải quyết", "ngày hẹn trả", "hạn trả kết quả")),
    RESOLVED_AT(TableColumn.optional("resolved_at", 30, "ngày có kết quả", "ngày trả kết quả", "ngày hoàn thành")),
    WITHDRAWN_AT(TableColumn.optional("withdrawn_at", 30, "ngày rút", "ngày rút hồ sơ")),
    DIGITISED_INPUT(TableColumn.optional("digitised_input", 20, "số hóa đầu vào", "số hóa hồ sơ")),
    DIGITISED_RESULT(TableColumn.optional("digitised_result", 20, "số hóa kết quả")),
    FEE_REQUIRED(TableColumn.optional("fee_required", 20, "có phí", "thu phí", "phải nộp phí")),
    PAID_ONLINE(TableColumn.optional("paid_online", 20, "thanh toán trực tuyến", "đã thanh toán trực tuyến"));

    private final TableColumn column;

    ImportColumn(TableColumn column) {
        this.column = column;
    }

    /** Every column, in the order of the canonical export (and of its template). */
    public static java.util.List<TableColumn> all() {
        return java.util.Arrays.stream(values()).map(c -> c.column).toList();
    }

    public String canonical() {
        return column.header();
    }

    public boolean required() {
        return column.required();
    }

    public int maxLength() {
        return column.maxLength();
    }

    /** The column a header names, if any. */
    public static Optional<ImportColumn> forHeader(String header) {
        String key = TableColumn.normalise(header);   // once: a header search tries hundreds of cells
        for (ImportColumn column : values()) {
            if (column.column.accepted().contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The result and withdrawal dates, which a profile's status column may stand for. */
    public boolean endsProcess() {
        return this == RESOLVED_AT || this == WITHDRAWN_AT;
    }

    /** The column of a canonical name ({@code received_at}), if any. */
    public static Optional<ImportColumn> forCanonical(String name) {
        for (ImportColumn column : values()) {
            if (column.canonical().equals(name)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
