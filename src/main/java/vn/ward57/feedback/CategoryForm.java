package vn.ward57.feedback;

/** A category to add or change; deadlineDays boxed so a missing value is the service's message, not a 400 of parsing. */
public record CategoryForm(String code, String name, Integer deadlineDays, Boolean nq57Area) {
}
