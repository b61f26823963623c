package vn.ward57.asset;

import java.time.LocalDate;

/** What the certificates list is narrowed to: issued in [from, to], kind, holder, action, and q in name, document, note. */
public record CertificateFilter(LocalDate from, LocalDate to, String kind, String holder, String action, String q) {

    public CertificateFilter {
        kind = AssetForm.blankToNull(kind);
        holder = AssetForm.blankToNull(holder);
        action = AssetForm.blankToNull(action);
        q = AssetForm.blankToNull(q);
    }
}
