/**
 * Indicators and targets (chỉ tiêu, issue 5): the ward's catalogue, its targets per year, the values
 * of each period, and each value's status against its target with a projection to the target year.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chỉ tiêu",
        allowedDependencies = {"common", "figure", "org", "user"})
package vn.ward57.indicator;
