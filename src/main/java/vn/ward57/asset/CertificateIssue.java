package vn.ward57.asset;

import java.time.LocalDate;

/**
 * A line of the certificates register: on that day, so many of a kind issued, renewed or changed for a holder.
 * version: raised by every change (the API's ETag, the edit form's hidden field).
 */
public record CertificateIssue(long id, String wardCode, LocalDate issuedOn, CertificateKind kind,
                               CertificateHolder holder, CertificateAction action, String holderName, int quantity,
                               String document, String note, long version) {
}
