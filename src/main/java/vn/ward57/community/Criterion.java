package vn.ward57.community;

/** A criterion of the ward's "Tổ dân phố số" checklist; an inactive one is no longer assessed. */
public record Criterion(long id, String code, String name, int sortOrder, boolean active) {

    /** A criterion to add or change; sortOrder null: 0, active null: true. */
    public record Form(String code, String name, Integer sortOrder, Boolean active) {
    }
}
