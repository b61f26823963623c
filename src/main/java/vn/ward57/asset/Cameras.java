package vn.ward57.asset;

/**
 * Camera coverage: cameras in service standing in residential groups, the groups with at least one
 * of them, and all the ward's groups ("120 camera tại 49/49 tổ dân phố").
 */
public record Cameras(long cameras, long groupsCovered, long groups) {
}
