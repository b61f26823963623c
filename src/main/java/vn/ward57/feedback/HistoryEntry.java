package vn.ward57.feedback;

import java.time.OffsetDateTime;

public record HistoryEntry(String fromState, String toState, String changedBy, OffsetDateTime changedAt,
                           String note) {
}
