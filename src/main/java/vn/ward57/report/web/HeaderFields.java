package vn.ward57.report.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.ward57.report.Report;

/**
 * The frame form of a report page (number, place and date, title, opening, recipients, signer), with the
 * field names the service's errors use, so a refusal shows beside its field.
 */
public record HeaderFields(String number, String place,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn, String title,
                           String opening, String recipients, Report.SignerMode signerMode, String signerName) {

    static HeaderFields of(Report r) {
        return new HeaderFields(r.number(), r.place(), r.issuedOn(), r.title(), r.opening(),
                String.join("\n", r.recipients()), r.signerMode(), r.signerName());
    }

    Report.HeaderForm form() {
        return new Report.HeaderForm(number, place, issuedOn, title, opening, recipients, signerMode, signerName);
    }
}
