package vn.ward57.audit.web;

import java.util.List;
import vn.ward57.audit.AuditEntry;

/** A line of the audit log page: who by name, when in Vietnam time, and the fields that changed in words. */
public record AuditRow(AuditEntry entry, String actorName, String at, List<FieldChange> changes) {
}
