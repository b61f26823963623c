package vn.ward57.asset;

import vn.ward57.common.Texts;

/**
 * A line to register or its new state. The date is text (2026-01-15 or 15/01/2026) so that a day
 * that does not exist gets its own message; kind, holder and action are codes or labels. The
 * service checks every rule after the access check.
 */
public record CertificateForm(String issuedOn, String kind, String holder, String action, String holderName,
                              Integer quantity, String document, String note) {

    public CertificateForm {
        issuedOn = Texts.blankToNull(issuedOn);
        kind = Texts.blankToNull(kind);
        holder = Texts.blankToNull(holder);
        action = Texts.blankToNull(action);
        holderName = Texts.blankToNull(holderName);
        document = Texts.blankToNull(document);
        note = Texts.blankToNull(note);
    }

    public static CertificateForm empty(java.time.LocalDate today) {
        return new CertificateForm(today.toString(), CertificateKind.DIGITAL_CERTIFICATE.name(),
                CertificateHolder.PERSON.name(), CertificateAction.NEW.name(), null, 1, null, null);
    }

    public static CertificateForm of(CertificateIssue c) {
        return new CertificateForm(c.issuedOn().toString(), c.kind().name(), c.holder().name(), c.action().name(),
                c.holderName(), c.quantity(), c.document(), c.note());
    }
}
