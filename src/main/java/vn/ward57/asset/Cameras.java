package vn.ward57.asset;

/**
 * Camera coverage on a day: cameras in service standing in residential groups, the groups with at least
 * one of them, and all the ward's groups ("120 camera tại 49/49 tổ dân phố").
 *
 * @param undated the ward's camera entries without an installation date: counted as if always there, so
 *                the figure holds for today's register only ("theo số liệu hiện tại") while any remain
 */
public record Cameras(long cameras, long groupsCovered, long groups, long undated) {

    /** Whether every camera has its dates, so the figure is the one of the day asked for. */
    public boolean dated() {
        return undated == 0;
    }
}
