package vn.ward57.check;

import java.time.LocalDate;
import java.util.List;

/**
 * National documents reports on Resolution 57 cite, with the dates they were issued. Only documents whose
 * dates were checked against their published text are listed; a document not here is not checked.
 */
final class NationalDocuments {

    private NationalDocuments() {
    }

    static final List<KnownDocument> ALL = List.of(
            doc("57-NQ/TW", 2024, 12, 22, "Nghị quyết của Bộ Chính trị về đột phá phát triển KHCN, ĐMST và CĐS quốc gia"),
            doc("03/NQ-CP", 2025, 1, 9, "Chương trình hành động của Chính phủ thực hiện Nghị quyết 57-NQ/TW"),
            doc("71/NQ-CP", 2025, 4, 1, "Sửa đổi, bổ sung Chương trình hành động của Chính phủ thực hiện Nghị quyết 57-NQ/TW"),
            doc("02-KH/BCĐTW", 2025, 6, 19, "Kế hoạch thúc đẩy chuyển đổi số liên thông, đồng bộ, nhanh, hiệu quả"),
            doc("229-QĐ/TW", 2025, 1, 10, "Quyết định thành lập Ban Chỉ đạo Trung ương về phát triển KHCN, ĐMST và CĐS"),
            doc("193/2025/QH15", 2025, 2, 19, "Nghị quyết của Quốc hội thí điểm cơ chế đặc biệt phát triển KHCN, ĐMST, CĐS"),
            doc("749/QĐ-TTg", 2020, 6, 3, "Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030"),
            doc("06/QĐ-TTg", 2022, 1, 6, "Đề án 06 phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử"),
            doc("766/QĐ-TTg", 2022, 6, 23, "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp"),
            doc("30/2020/NĐ-CP", 2020, 3, 5, "Nghị định về công tác văn thư"));

    private static KnownDocument doc(String number, int y, int m, int d, String title) {
        return new KnownDocument(number, LocalDate.of(y, m, d), title);
    }

    /** "57-NQ/TW", "57 - NQ/TW", "57-nq/tw" → "57-NQ/TW"; "Đ" kept. */
    static String key(String number) {
        return Words.normalize(number).replaceAll("\\s+", "").toUpperCase();
    }

    /** The leading number and the type code ("57", "NQ") of a full number, for "Nghị quyết 57" written short. */
    static String[] numberAndType(String number) {
        String k = key(number);
        String digits = k.replaceAll("^(\\d+).*", "$1");
        String type = k.replaceAll("^\\d+(?:/\\d{4})?[-/]([\\p{L}]+).*", "$1");
        return new String[] {digits, type};
    }
}
