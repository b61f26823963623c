package vn.ward57.asset;

import java.time.LocalDate;
import vn.ward57.common.Texts;

/** What the certificates list is narrowed to: issued in [from, to], kind, holder, action, and q in name, document, note. */
public record CertificateFilter(LocalDate from, LocalDate to, String kind, String holder, String action, String q) {

    public CertificateFilter {
        kind = Texts.blankToNull(kind);
        holder = Texts.blankToNull(holder);
        action = Texts.blankToNull(action);
        q = Texts.blankToNull(q);
    }
}
