package vn.ward57.feedback;

/** A file sent with the public form: name and bytes as read (at most the limit plus one byte). */
public record PublicFile(String name, byte[] bytes) {
}
