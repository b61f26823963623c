package vn.ward57.org;

/** A unit's database key. */
public record UnitId(long value) {
}
