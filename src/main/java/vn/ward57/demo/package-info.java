/**
 * The demo (Spring profile {@code demo}): two wards modelled on the seed reports, Phường An Hải
 * (Đà Nẵng) and Phường Trung Thành (Thái Nguyên), with units, residential groups, staffing and
 * users whose password is {@code ward57-demo}, directives and tasks, eighteen months of indicator
 * values with the units' report forms, and a year of dossiers. Loaded once; a restart keeps what was
 * changed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dữ liệu mẫu",
        allowedDependencies = {"dossier", "indicator"})
package vn.ward57.demo;
