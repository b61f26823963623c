package vn.ward57.audit;

import java.util.List;

/** A page of the audit log and how many entries match in all. */
public record AuditPage(List<AuditEntry> entries, long total, int page, int pageSize) {

    public int pages() {
        return (int) ((total + pageSize - 1) / pageSize);
    }
}
