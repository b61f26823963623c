package vn.ward57.audit;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What the audit page searches by; every field may be empty. page counts from 0. */
public record AuditFilter(String ward, String actor, String entity,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          Integer page) {

    public AuditFilter {
        ward = blankToNull(ward);
        actor = blankToNull(actor);
        entity = blankToNull(entity);
        page = page == null || page < 0 ? 0 : page;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
