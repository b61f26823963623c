package vn.ward57.people;

/** A file kept with a training event, without its content. */
public record TrainingFile(long id, long trainingEventId, String fileName, String contentType, long sizeBytes,
                           String sha256) {
}
