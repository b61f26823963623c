package vn.ward57.org;

/** A ward's database key; typed so it cannot be mixed up with a unit's or a province's. */
public record WardId(long value) {
}
