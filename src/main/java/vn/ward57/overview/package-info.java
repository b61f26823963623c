/**
 * The province view that compares its wards, the wards' open data for residents, and the export of
 * any table on screen (issue 9).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tổng quan tỉnh, dữ liệu mở",
        allowedDependencies = {"common", "dossier", "indicator", "org", "task"})
package vn.ward57.overview;
