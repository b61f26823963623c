package vn.ward57.dossier;

import java.time.LocalDateTime;

/** One dossier as the list behind a figure shows it. */
public record DossierRow(String code, String procedureCode, String field, Channel channel, LocalDateTime receivedAt,
                         LocalDateTime dueAt, LocalDateTime resolvedAt, LocalDateTime withdrawnAt) {
}
