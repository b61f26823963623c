package vn.ward57.report;

import vn.ward57.common.error.InvalidInputException;

/** Checks of the report frame an officer edits; each message names the field. */
final class ReportForms {

    private ReportForms() {
    }

    static Report.HeaderForm checked(Report report, Report.HeaderForm f) {
        if (f == null) {
            throw new InvalidInputException("report.required", "title");
        }
        String number = optional(f.number(), "number", 20);
        if (number != null && !number.matches("[0-9]+[A-Za-z]?")) {
            throw new InvalidInputException("report.bad-number", "number", number);
        }
        String place = required(f.place(), "place", 100);
        String title = required(f.title(), "title", 1000);
        String opening = optional(f.opening(), "opening", 4000);
        String recipients = required(f.recipients(), "recipients", 4000);
        String signer = optional(f.signerName(), "signerName", 200);
        if (f.issuedOn() != null && f.issuedOn().isBefore(report.from())) {
            throw new InvalidInputException("report.issued-before-period", "issuedOn",
                    vn.ward57.common.VietnameseFormat.date(report.from()));
        }
        return new Report.HeaderForm(number, place, f.issuedOn(), title, opening, recipients,
                f.signerMode() == null ? Report.SignerMode.KT : f.signerMode(), signer);
    }

    private static String required(String value, String field, int max) {
        String v = optional(value, field, max);
        if (v == null) {
            throw new InvalidInputException("report.required", field);
        }
        return v;
    }

    private static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException("report.too-long", field, String.valueOf(max));
        }
        return v;
    }
}
