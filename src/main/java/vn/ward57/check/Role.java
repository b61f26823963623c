package vn.ward57.check;

/** What a number is in its phrase: only a QUANTITY (or a TARGET's arithmetic) is ever compared. */
enum Role {
    QUANTITY,
    /** "phấn đấu 100% …", a figure of a plan or a section that looks ahead */
    TARGET,
    LIST_NUMBER,
    DOCUMENT_NUMBER,
    YEAR,
    /** "5 tháng", "01 năm 06 tháng", "02 buổi" */
    DURATION,
    DATE,
    PERIOD,
    TIME,
    PHONE,
    AGE,
    /** "Giai đoạn 2", "lần thứ 21", "vị thứ 7/93" */
    ORDINAL,
    /** "5G", "Chợ 4.0", a footnote mark */
    CODE;

    boolean isFigure() {
        return this == QUANTITY || this == TARGET;
    }
}
