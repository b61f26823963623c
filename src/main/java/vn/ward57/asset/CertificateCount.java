package vn.ward57.asset;

/** The quantity issued in a period of one kind, for one kind of holder, by one action. */
public record CertificateCount(String kind, String holder, String action, long quantity) {
}
