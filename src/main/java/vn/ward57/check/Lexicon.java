package vn.ward57.check;

import java.util.List;

/**
 * The words that tell what a number is: general Vietnamese administrative usage, not phrases of any one report.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** A clause (up to its number) with one of these states a target or a plan, not a result. */
    static final List<String> TARGET_CUES = List.of("phấn đấu", "mục tiêu", "hướng tới", "hướng đến", "tối thiểu",
            "ít nhất", "dự kiến", "kết quả dự kiến", "sẽ", "cần đạt", "phải đạt", "duy trì", "tiếp tục", "kế hoạch đặt ra",
            "chỉ tiêu giao", "đề ra", "định hướng", "tầm nhìn", "đến năm", "trước năm", "đảm bảo", "bảo đảm");

    /** A section with one of these in its heading looks ahead (directions, tasks, proposals): all its figures are targets. */
    static final List<String> FORWARD_HEADINGS = List.of("phương hướng", "mục tiêu", "giải pháp", "kiến nghị", "đề xuất",
            "thời gian tới", "tháng tới", "tháng cuối năm", "cuối năm", "nhiệm vụ năm", "nhiệm vụ trọng tâm",
            "chỉ tiêu cụ thể", "dự toán");

    /** Before a number: it is not exact. */
    static final List<String> APPROXIMATE = List.of("hơn", "trên", "khoảng", "gần", "xấp xỉ", "ước", "ước tính",
            "tối thiểu", "ít nhất", "tối đa", "dưới", "chưa đến", "chưa tới", "hàng", "vài", "gần như", "trên dưới");

    /** After a number: it counts time, not things. */
    static final List<String> DURATIONS = List.of("năm", "tháng", "tuần", "ngày", "giờ", "phút", "quý", "buổi",
            "kỳ", "nhiệm kỳ", "đợt", "lần");

    /** Before a number: it is a position or a name, not a count (Giai đoạn 2, lần thứ 21, Phần 4, vị thứ 7/93). */
    static final List<String> ORDINALS = List.of("giai đoạn", "thứ", "lần thứ", "vị thứ", "xếp thứ", "hạng", "phần",
            "điều", "khoản", "khóa", "phiên bản", "lớp", "tổ", "tổ dân phố", "khu", "số nhà", "đường",
            "phòng", "quý", "đợt", "phiên", "chương", "bước", "nhóm", "tầng", "kỳ họp", "mẫu", "cấp độ", "mức độ");

    /** After a four-digit number 19xx/20xx: a count of these, not a year ("2100 dịch vụ công"). */
    static final List<String> COUNT_NOUNS = List.of("hồ sơ", "thủ tục", "dịch vụ", "người", "lượt", "cán bộ",
            "nhiệm vụ", "tài khoản", "văn bản", "máy", "hộ", "doanh nghiệp", "đề tài", "thành viên", "học sinh",
            "camera", "chứng thư", "phản ánh", "sáng kiến", "trường hợp", "tin", "bài", "cuộc");

    /** Before a number: it names a document ("Nghị quyết 57", "Kế hoạch số 02"). */
    static final List<String> DOCUMENT_TYPES = List.of("nghị quyết", "nghị định", "quyết định", "kế hoạch", "công văn",
            "thông báo", "chỉ thị", "thông tư", "kết luận", "quy định", "chương trình", "đề án", "luật", "giấy mời",
            "tờ trình", "báo cáo", "văn bản", "hướng dẫn", "công điện", "quy chế", "hiến pháp", "pháp lệnh", "qđ", "nq",
            "kh", "cv", "tb");

    /** Before a number: a phone line ("đường dây nóng 1022"). */
    static final List<String> PHONES = List.of("điện thoại", "đt", "sđt", "hotline", "đường dây nóng", "tổng đài",
            "cổng góp ý", "số máy", "fax", "zalo");

    /** The words of a sentence that ties its figures to a time: checked figures must be of the same period. */
    static final List<String> PERIOD_WORDS = List.of("lũy kế", "năm", "tháng", "quý", "giai đoạn", "kỳ trước",
            "đầu năm", "cuối năm");

    /**
     * Words that tell one quantity from another of the same thing: a figure named without them is not the figure
     * named with them (the dossiers received online are not the dossiers received).
     */
    static final List<String> QUALIFIERS = List.of("trực tuyến", "trực tiếp", "bưu chính", "toàn trình", "một phần",
            "quá hạn", "đúng hạn", "trước hạn", "trong hạn", "thời hạn", "đang", "chưa", "rút", "tồn", "lũy kế", "kỳ trước",
            "chuyển sang", "chuyển từ", "mới", "cấp xã", "cấp tỉnh", "trung ương", "lĩnh vực", "thanh toán", "số hóa",
            "điện tử", "phi địa giới", "đất đai", "hộ tịch", "chứng thực", "tập huấn", "được giao", "hoàn thành",
            "giải ngân", "dự toán", "điều chỉnh", "thành viên", "lượt", "camera", "cấp phó", "người đứng đầu");

    /** Marks of a breakdown of the number before: "A hồ sơ, trong đó B …, C …". */
    static final List<String> BREAKDOWN = List.of("trong đó", "bao gồm", "gồm", "cụ thể", "chia ra", "chia thành");

    /** A part "kỳ trước chuyển sang" is already counted in the period before. */
    static final List<String> CARRIED_OVER = List.of("kỳ trước chuyển sang", "chuyển từ kỳ trước", "kỳ trước chuyển qua",
            "tồn kỳ trước", "tồn từ kỳ trước", "năm trước chuyển sang", "chuyển sang từ kỳ trước", "từ kỳ trước chuyển sang");

    /** What a stock (not a flow) is called: two stocks are never added. */
    static final List<String> STOCK = List.of("đang giải quyết", "chưa giải quyết", "tồn", "đang thực hiện",
            "đang trong quá trình giải quyết", "còn");

    /** Money words: a bare "820 triệu" in a sentence with one of these is đồng. */
    static final List<String> MONEY_CONTEXT = List.of("kinh phí", "dự toán", "ngân sách", "giải ngân", "vốn",
            "tổng mức", "chi phí", "nguồn", "đầu tư", "tài trợ", "hỗ trợ kinh phí");

    /** Words that make a money amount a total (it must not be below its parts). */
    static final List<String> MONEY_TOTAL = List.of("tổng", "dự toán", "bố trí", "được giao", "ngân sách");

    static boolean any(String paddedTokens, List<String> phrases) {
        return phrases.stream().anyMatch(p -> Words.containsPhrase(paddedTokens, p));
    }
}
