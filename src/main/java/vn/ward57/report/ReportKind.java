package vn.ward57.report;

import vn.ward57.common.Texts;

/** The report kinds of issue 8; each ships with its own Word template. */
public enum ReportKind {
    /** Báo cáo kết quả thực hiện Nghị quyết 57-NQ/TW for any period, with Phụ lục I–X (seed 004). */
    NQ57_RESULTS("BC-UBND", "BÁO CÁO"),
    /** Kế hoạch và dự toán ngân sách KHCN, ĐMST, CĐS for the next year (seed 003). */
    PLAN_BUDGET("KH-UBND", "KẾ HOẠCH"),
    /** Báo cáo tháng: the month's summary sent upward. */
    MONTHLY("BC-UBND", "BÁO CÁO"),
    /** Bản tin hằng tuần: the week's operations bulletin. */
    WEEKLY_BULLETIN("BT-UBND", "BẢN TIN");

    private final String numberSuffix;
    private final String documentType;

    ReportKind(String numberSuffix, String documentType) {
        this.numberSuffix = numberSuffix;
        this.documentType = documentType;
    }

    /** The kind a request names, or null when it names none. */
    public static ReportKind parse(String name) {
        return Texts.choice(ReportKind.class, name);
    }

    /** The part after the slash in "Số: 12/BC-UBND". */
    public String numberSuffix() {
        return numberSuffix;
    }

    /** The document's type as its title line writes it (BÁO CÁO, KẾ HOẠCH, BẢN TIN). */
    public String documentType() {
        return documentType;
    }
}
