package vn.ward57.report.domain;

import vn.ward57.report.ReportKind;
import vn.ward57.report.Report;
import java.time.temporal.ChronoUnit;
import vn.ward57.common.error.InvalidInputException;

/** Checks of the report frame an officer edits; each message names the field. */
final class ReportForms {

    private ReportForms() {
    }

    /** The longest period a report covers: the 18-month review with room to spare. */
    static final int MAX_MONTHS = 36;

    /** The kind of report a draft asks for, once its period is sound. */
    static ReportKind checked(ReportService.Draft draft) {
        ReportKind kind = draft == null ? null : ReportKind.parse(draft.kind());
        if (kind == null) {
            throw new InvalidInputException("report.kind-required", "kind");
        }
        if (draft.from() == null || draft.to() == null) {
            throw new InvalidInputException("stats.period-required", draft.from() == null ? "from" : "to");
        }
        if (draft.to().isBefore(draft.from())) {
            throw new InvalidInputException("stats.period-reversed", "to");
        }
        if (ChronoUnit.MONTHS.between(draft.from(), draft.to()) >= MAX_MONTHS) {
            throw new InvalidInputException("report.period-too-long", "to", String.valueOf(MAX_MONTHS));
        }
        return kind;
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
