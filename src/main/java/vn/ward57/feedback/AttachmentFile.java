package vn.ward57.feedback;

/** An attachment's content, for its download. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {
}
