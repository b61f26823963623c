/**
 * Administrative procedures (thủ tục hành chính) and dossiers (hồ sơ): the catalogue, the import
 * of one-stop system exports, and the dossier statistics every report opens with, computed by
 * the definitions of issue 3 as SQL aggregates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Thủ tục, hồ sơ",
        allowedDependencies = {"common", "feedback", "figure", "org"})
package vn.ward57.dossier;
