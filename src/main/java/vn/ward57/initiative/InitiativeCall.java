package vn.ward57.initiative;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/** The year's call for initiatives (đợt xét sáng kiến) with the state of its council's scoring. */
public record InitiativeCall(long id, String wardCode, int year, String title, LocalDate opensOn,
                             LocalDate closesOn, State state, Thresholds thresholds, String signedBy,
                             Instant signedAt) {

    /** OPEN: members score; CLOSED: scores frozen and visible to all; SIGNED: the chair signed the result off. */
    public enum State { OPEN, CLOSED, SIGNED }

    /** Create or edit; thresholds null keeps the defaults (or the current ones). Checked by the service. */
    @Schema(name = "InitiativeCallForm")
    public record Form(Integer year, String title, LocalDate opensOn, LocalDate closesOn, Thresholds thresholds) {
    }
}
