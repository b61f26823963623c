package vn.ward57.asset;

/** What the register's list is narrowed to; nulls do not narrow. q searches name, location, note, unit and group. */
public record AssetFilter(String kind, String unit, String group, String condition, String q) {

    public AssetFilter {
        kind = AssetForm.blankToNull(kind);
        unit = AssetForm.blankToNull(unit);
        group = AssetForm.blankToNull(group);
        condition = AssetForm.blankToNull(condition);
        q = AssetForm.blankToNull(q);
    }

    public static AssetFilter none() {
        return new AssetFilter(null, null, null, null, null);
    }
}
