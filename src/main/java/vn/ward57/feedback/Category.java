package vn.ward57.feedback;

/** A feedback category of a ward with its deadline in working days. */
public record Category(String code, String name, int deadlineDays) {
}
