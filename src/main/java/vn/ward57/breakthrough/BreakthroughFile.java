package vn.ward57.breakthrough;

import java.time.OffsetDateTime;

/** An evidence file kept with a model, with its SHA-256 and who uploaded it when. */
public record BreakthroughFile(long id, long breakthroughId, String fileName, String contentType, long sizeBytes,
                               String sha256, String uploadedBy, OffsetDateTime uploadedAt) {
}
