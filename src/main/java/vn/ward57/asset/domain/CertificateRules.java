package vn.ward57.asset.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ward57.asset.CertificateAction;
import vn.ward57.asset.CertificateForm;
import vn.ward57.asset.CertificateHolder;
import vn.ward57.asset.CertificateKind;
import vn.ward57.asset.Labelled;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.table.CellDate;

/**
 * What a line of the certificates register must be: a day that exists and is not after today, a
 * known kind, holder and action, a quantity above 0. Every fault is listed, each at its field.
 */
final class CertificateRules {

    static final int MAX_HOLDER_NAME = 300;
    static final int MAX_DOCUMENT = 200;
    static final int MAX_NOTE = 2000;

    private CertificateRules() {
    }

    record Checked(CertificateRepository.Values values, List<Fault> faults) {
    }

    static Checked check(CertificateForm f, LocalDate today) {
        List<Fault> faults = new ArrayList<>();
        LocalDate issuedOn = null;
        if (f.issuedOn() == null) {
            faults.add(new Fault("issuedOn", "certificate.date-required"));
        } else {
            issuedOn = CellDate.parse(f.issuedOn());
            if (issuedOn == null) {
                faults.add(new Fault("issuedOn", "certificate.bad-date", f.issuedOn()));
            } else if (issuedOn.isAfter(today)) {
                faults.add(new Fault("issuedOn", "certificate.future-date", VietnameseFormat.date(issuedOn)));
            }
        }
        CertificateKind kind = choice(faults, "kind", f.kind(), CertificateKind.class);
        CertificateHolder holder = choice(faults, "holder", f.holder(), CertificateHolder.class);
        CertificateAction action = choice(faults, "action", f.action(), CertificateAction.class);
        AssetRules.length(faults, "certificate", "holderName", f.holderName(), MAX_HOLDER_NAME);
        if (f.quantity() == null) {
            faults.add(new Fault("quantity", "certificate.quantity-required"));
        } else if (f.quantity() <= 0) {
            faults.add(new Fault("quantity", "certificate.quantity-positive", String.valueOf(f.quantity())));
        }
        AssetRules.length(faults, "certificate", "document", f.document(), MAX_DOCUMENT);
        AssetRules.length(faults, "certificate", "note", f.note(), MAX_NOTE);
        if (!faults.isEmpty()) {
            return new Checked(null, faults);
        }
        return new Checked(new CertificateRepository.Values(issuedOn, kind.name(), holder.name(), action.name(),
                f.holderName(), f.quantity(), f.document(), f.note()), List.of());
    }

    /** A required choice: "certificate.kind-required" when missing, "certificate.bad-kind" when unknown. */
    private static <E extends Enum<E> & Labelled> E choice(List<Fault> faults, String field, String text,
                                                           Class<E> type) {
        if (text == null) {
            faults.add(new Fault(field, "certificate." + field + "-required"));
            return null;
        }
        E value = Choices.find(type, text).orElse(null);
        if (value == null) {
            faults.add(new Fault(field, "certificate.bad-" + field, text, Choices.list(type)));
        }
        return value;
    }
}
