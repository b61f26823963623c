package vn.ward57.asset;

/** A kind of equipment: the quantity registered and how many of it are in service (good or needing repair). */
public record KindCount(String kind, long quantity, long inService) {
}
