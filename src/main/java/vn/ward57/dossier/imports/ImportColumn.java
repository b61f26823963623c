package vn.ward57.dossier.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The canonical columns of a dossier export, and the headers the one-stop systems write for them.
 * Headers match without regard to case, spaces or diacritics ("Số hoá" = "so hoa" = "số hóa").
 */
public enum ImportColumn {
    DOSSIER_CODE("dossier_code", true, 100, "mã hồ sơ", "số hồ sơ", "mã số hồ sơ"),
    PROCEDURE_CODE("procedure_code", false, 50, "mã thủ tục", "mã thủ tục hành chính", "mã tthc"),
    FIELD("field", false, 200, "lĩnh vực", "tên lĩnh vực"),
    CHANNEL("channel", true, 50, "hình thức nộp", "hình thức tiếp nhận", "kênh tiếp nhận", "hình thức nộp hồ sơ"),
    RECEIVED_AT("received_at", true, 30, "ngày tiếp nhận", "ngày nhận", "thời gian tiếp nhận"),
    DUE_AT("due_at", true, 30, "hạn xử lý", "hạn giải quyết", "ngày hẹn trả", "hạn trả kết quả"),
    RESOLVED_AT("resolved_at", false, 30, "ngày có kết quả", "ngày trả kết quả", "ngày hoàn thành"),
    WITHDRAWN_AT("withdrawn_at", false, 30, "ngày rút", "ngày rút hồ sơ"),
    DIGITISED_INPUT("digitised_input", false, 20, "số hóa đầu vào", "số hóa hồ sơ"),
    DIGITISED_RESULT("digitised_result", false, 20, "số hóa kết quả"),
    FEE_REQUIRED("fee_required", false, 20, "có phí", "thu phí", "phải nộp phí"),
    PAID_ONLINE("paid_online", false, 20, "thanh toán trực tuyến", "đã thanh toán trực tuyến");

    private final String canonical;
    private final boolean required;
    private final int maxLength;
    private final List<String> headers;

    ImportColumn(String canonical, boolean required, int maxLength, String... vietnamese) {
        this.canonical = canonical;
        this.required = required;
        this.maxLength = maxLength;
        this.headers = java.util.stream.Stream.concat(java.util.stream.Stream.of(canonical),
                java.util.stream.Stream.of(vietnamese)).map(ImportColumn::normalise).toList();
    }

    public String canonical() {
        return canonical;
    }

    public boolean required() {
        return required;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The column a header names, if any. */
    public static Optional<ImportColumn> forHeader(String header) {
        String key = normalise(header);
        for (ImportColumn column : values()) {
            if (column.headers.contains(key)) {
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
            if (column.canonical.equals(name)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Lower case, no diacritics (đ → d), single spaces; underscores count as spaces. */
    public static String normalise(String text) {
        String plain = Normalizer.normalize(text.replace('\uFEFF', ' ').strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        return plain.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ").strip();
    }
}
