package vn.ward57.asset;

import vn.ward57.common.Texts;

/**
 * An asset to register or its new state. Kind and condition are codes or labels, unit and group
 * the codes (or names) of the ward's own; dates are text (2026-01-15 or 15/01/2026) so that a day that
 * does not exist gets its own message; every rule is checked by the service, after the access
 * check, so that the same words come back from the API, the pages and an import.
 */
public record AssetForm(String kind, String name, String unit, String group, String location, Integer quantity,
                        Integer acquiredYear, String installedOn, String removedOn, String condition,
                        String note) {

    public AssetForm {
        kind = Texts.blankToNull(kind);
        name = Texts.blankToNull(name);
        unit = Texts.blankToNull(unit);
        group = Texts.blankToNull(group);
        location = Texts.blankToNull(location);
        installedOn = Texts.blankToNull(installedOn);
        removedOn = Texts.blankToNull(removedOn);
        condition = Texts.blankToNull(condition);
        note = Texts.blankToNull(note);
    }

    public static AssetForm empty(String unit) {
        return new AssetForm(null, null, unit, null, null, 1, null, null, null, AssetCondition.GOOD.name(), null);
    }

    public static AssetForm of(Asset a) {
        return new AssetForm(a.kind().name(), a.name(), a.unit(), a.group(), a.location(), a.quantity(),
                a.acquiredYear(), text(a.installedOn()), text(a.removedOn()), a.condition().name(), a.note());
    }

    private static String text(java.time.LocalDate d) {
        return d == null ? null : d.toString();
    }
}
