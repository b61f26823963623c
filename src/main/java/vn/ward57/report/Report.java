package vn.ward57.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A report instance: what it is, for which period, and the frame the officer sets (number, place and
 * date, recipients, signer). FINAL freezes its content as it was sent.
 *
 * @param number         the part before the slash ("12" of "Số: 12/BC-UBND"); null until the office numbers it
 * @param signerMode     TM (signing for the committee, by the chairman) or KT (a deputy signing for the chairman)
 * @param overrideReason why a leader finalised over MEDIUM/LOW problems; null when there were none
 */
public record Report(long id, String wardCode, ReportKind kind, LocalDate from, LocalDate to, String number,
                     String place, LocalDate issuedOn, String title, String opening, List<String> recipients,
                     SignerMode signerMode, String signerName, Status status, OffsetDateTime finalisedAt,
                     String finalisedBy, String overrideReason, String createdBy) {

    public enum Status { DRAFT, FINAL }

    public enum SignerMode { TM, KT }

    public boolean isFinal() {
        return status == Status.FINAL;
    }

    /** The header form: what an officer may change while the report is a DRAFT. */
    public record HeaderForm(String number, String place, LocalDate issuedOn, String title, String opening,
                             String recipients, SignerMode signerMode, String signerName) {
    }
}
