package vn.ward57.dossier.imports;

import java.time.LocalDateTime;
import vn.ward57.dossier.Channel;

/** A valid row of an export, ready for the staging table. */
public record ParsedDossier(long row, String code, String procedureCode, String field, Channel channel,
                            LocalDateTime receivedAt, LocalDateTime dueAt, LocalDateTime resolvedAt,
                            LocalDateTime withdrawnAt, boolean digitisedInput, boolean digitisedResult,
                            boolean feeRequired, boolean paidOnline) {
}
