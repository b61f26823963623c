package vn.ward57.audit;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.ward57.common.Texts;

/** What the audit page searches by; every field may be empty. page counts from 0. */
public record AuditFilter(String ward, String actor, String entity,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          Integer page) {

    public AuditFilter {
        ward = Texts.blankToNull(ward);
        actor = Texts.blankToNull(actor);
        entity = Texts.blankToNull(entity);
        page = page == null || page < 0 ? 0 : page;
    }
}
