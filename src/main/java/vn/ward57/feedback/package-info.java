/**
 * Phản ánh, kiến nghị (issue 7): feedback taken in by officers (national system, hotline/app, in person,
 * letters) and by residents on a public form, handled in a workflow against a per-category deadline in
 * working days, with the on-time figures of Quyết định 766 and a read-only Open311 GeoReport v2 view.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Phản ánh, kiến nghị",
        allowedDependencies = {"common", "figure", "org", "user"})
package vn.ward57.feedback;
