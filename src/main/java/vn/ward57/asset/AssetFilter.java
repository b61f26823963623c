package vn.ward57.asset;

import vn.ward57.common.Texts;

/** What the register's list is narrowed to; nulls do not narrow. q searches name, location, note, unit and group. */
public record AssetFilter(String kind, String unit, String group, String condition, String q) {

    public AssetFilter {
        kind = Texts.blankToNull(kind);
        unit = Texts.blankToNull(unit);
        group = Texts.blankToNull(group);
        condition = Texts.blankToNull(condition);
        q = Texts.blankToNull(q);
    }

    public static AssetFilter none() {
        return new AssetFilter(null, null, null, null, null);
    }
}
