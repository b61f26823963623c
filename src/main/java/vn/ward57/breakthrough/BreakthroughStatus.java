package vn.ward57.breakthrough;

/** Where a model stands: tried on a small scale, running, scaled out to other groups/wards, stopped. */
public enum BreakthroughStatus {
    PILOT, RUNNING, SCALED, STOPPED
}
