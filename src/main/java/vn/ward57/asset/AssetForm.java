package vn.ward57.asset;

/**
 * An asset to register or its new state. Kind and condition are codes or labels, unit and group
 * the codes (or names) of the ward's own; every rule is checked by the service, after the access
 * check, so that the same words come back from the API, the pages and an import.
 */
public record AssetForm(String kind, String name, String unit, String group, String location, Integer quantity,
                        Integer acquiredYear, String condition, String note) {

    public AssetForm {
        kind = blankToNull(kind);
        name = blankToNull(name);
        unit = blankToNull(unit);
        group = blankToNull(group);
        location = blankToNull(location);
        condition = blankToNull(condition);
        note = blankToNull(note);
    }

    public static AssetForm empty() {
        return new AssetForm(null, null, null, null, null, 1, null, AssetCondition.GOOD.name(), null);
    }

    public static AssetForm of(Asset a) {
        return new AssetForm(a.kind().name(), a.name(), a.unit(), a.group(), a.location(), a.quantity(),
                a.acquiredYear(), a.condition().name(), a.note());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
