/**
 * Ngân sách KHCN, ĐMST, CĐS (issue 6): the ward's yearly estimate line by line (dự toán) in three
 * categories, adjustments, payments (giải ngân) and commitments, the disbursement rate per category,
 * and next year's estimate prepared from this year's lines. Money is whole đồng in a {@code long}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ngân sách KHCN, ĐMST, CĐS",
        allowedDependencies = {"common", "figure", "org"})
package vn.ward57.budget;
