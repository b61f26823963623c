package vn.ward57.check;

/** What a number measures. */
public enum Measure {
    /** things counted: 12.456 hồ sơ */
    COUNT,
    /** 98,70% */
    PERCENT,
    /** đồng, after the multipliers nghìn, triệu, tỷ */
    MONEY,
    /** a day (or a month) */
    DATE,
    /** from one date to another */
    PERIOD
}
