package vn.ward57.feedback;

/**
 * A feedback category of a ward with its deadline in working days; nq57Area when it belongs to the
 * Resolution-57 area (KHCN, ĐMST, CĐS), the only categories the report's PAKN section counts.
 */
public record Category(String code, String name, int deadlineDays, boolean nq57Area) {
}
