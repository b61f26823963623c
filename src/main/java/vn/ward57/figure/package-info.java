/**
 * The figure catalogue (danh mục số liệu): every figure ward57 shows, each defined once by the module
 * that owns its records and contributed here through {@link vn.ward57.figure.MetricSource}; the catalogue
 * takes org's Ward, so org's own few figures are computed here (domain/OrgFigureSource). Indicators,
 * dashboard, province view, reports, open data and the API read figures through {@link Figures}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Danh mục số liệu",
        allowedDependencies = {"common", "org"})
package vn.ward57.figure;
