package vn.ward57.task.domain;

import java.time.LocalDate;
import java.util.List;
import vn.ward57.check.KnownDocument;
import vn.ward57.check.NationalDocumentDates;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.task.DirectiveForm;

/**
 * A directive cannot be issued before a document it implements (issue 20): neither before a directive of the
 * ward's register it is linked to, nor before a national document its title or summary names (the check
 * module's table: "Nghị quyết 57-NQ/TW" is of 22/12/2024).
 */
public final class DirectiveDates {

    private DirectiveDates() {
    }

    /** @throws InvalidInputException on issuedOn, naming the earlier document and its date */
    public static void check(DirectiveForm form, List<DirectiveRepository.Row> implemented) {
        LocalDate issuedOn = form.issuedOn();
        if (issuedOn == null) {
            return;
        }
        for (var row : implemented) {
            if (issuedOn.isBefore(row.issuedOn())) {
                throw refused(issuedOn, row.number(), row.issuedOn());
            }
        }
        String text = form.title() + "\n" + (form.summary() == null ? "" : form.summary());
        for (KnownDocument doc : NationalDocumentDates.namedIn(text)) {
            // a national document entered in the register names itself: its own date is not "before" itself
            if (!NationalDocumentDates.sameNumber(doc.number(), form.number()) && issuedOn.isBefore(doc.issuedOn())) {
                throw refused(issuedOn, doc.number(), doc.issuedOn());
            }
        }
    }

    private static InvalidInputException refused(LocalDate issuedOn, String number, LocalDate earlier) {
        return new InvalidInputException("directive.before-implemented", "issuedOn", VietnameseFormat.date(issuedOn),
                number, VietnameseFormat.date(earlier));
    }
}
