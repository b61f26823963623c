/**
 * The audit log: who changed what, when, in which ward, with the state before and after as
 * JSON. Modules publish {@link vn.ward57.common.audit.ChangeRecorded}; this module writes it in
 * the same transaction and lets leaders and province admins search it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nhật ký",
        allowedDependencies = {"common", "org", "user"})
package vn.ward57.audit;
