/**
 * The ward's operations centre (issue 9): one screen with the state of dossiers, tasks, indicators,
 * feedback, unit reports, budget and consistency checks, each figure taken from its own module's
 * public statistics so the screen says what the statistics APIs say.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bảng điều hành",
        allowedDependencies = {"budget", "common", "dossier", "feedback", "figure", "indicator", "org", "task"})
package vn.ward57.dashboard;
