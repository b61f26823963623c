/**
 * Initiatives and the council (sáng kiến, Hội đồng xét duyệt sáng kiến, issue 7): the year's call,
 * the initiatives submitted to it, the council's weighted rubric, members' conflicts and scores
 * (each member sees only their own until the chair closes scoring), the result with ranking and
 * award, the chair's sign-off and the council's minutes as DOCX.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sáng kiến và Hội đồng xét duyệt",
        allowedDependencies = {"common", "figure", "org", "user"})
package vn.ward57.initiative;
