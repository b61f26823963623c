package vn.ward57.org;

/** A ward and how far its data have changed (its revision, raised by every write; see WardRevisions). */
public record WardAtRevision(Ward ward, long revision) {
}
