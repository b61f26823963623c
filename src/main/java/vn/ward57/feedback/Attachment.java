package vn.ward57.feedback;

/** A file added to a feedback item, as its list shows it (the content is fetched by id). */
public record Attachment(long id, String fileName, String contentType, long size) {
}
