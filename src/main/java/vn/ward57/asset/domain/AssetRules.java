package vn.ward57.asset.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ward57.asset.AssetCondition;
import vn.ward57.asset.AssetForm;
import vn.ward57.asset.AssetKind;
import vn.ward57.common.Echo;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.table.CellDate;

/**
 * What an asset must be, for the API, the pages and imports alike: a known kind, a name, a unit
 * and group of its own ward, a quantity above 0, a year acquired from 1990 to this year, installed and
 * removed on real days not after today, the removal not before the installation. Every fault
 * is listed, each at its field.
 */
final class AssetRules {

    static final int FIRST_YEAR = 1990;
    static final int MAX_NAME = 300;
    static final int MAX_LOCATION = 300;
    static final int MAX_NOTE = 2000;

    private AssetRules() {
    }

    /** The values to write, or null with the faults found. */
    record Checked(AssetRepository.Values values, List<Fault> faults) {
    }

    static Checked check(AssetForm f, Places places, LocalDate today) {
        int thisYear = today.getYear();
        List<Fault> faults = new ArrayList<>();
        AssetKind kind = null;
        if (f.kind() == null) {
            faults.add(new Fault("kind", "asset.kind-required"));
        } else {
            kind = Choices.find(AssetKind.class, f.kind()).orElse(null);
            if (kind == null) {
                faults.add(new Fault("kind", "asset.bad-kind", f.kind(), Choices.list(AssetKind.class)));
            }
        }
        if (f.name() == null) {
            faults.add(new Fault("name", "asset.name-required"));
        }
        length(faults, "asset", "name", f.name(), MAX_NAME);
        Long unit = null;
        if (f.unit() != null) {
            unit = places.unit(f.unit()).orElse(null);
            if (unit == null) {
                faults.add(new Fault("unit", "asset.unknown-unit", f.unit(), places.ward().name()));
            }
        }
        Long group = null;
        if (f.group() != null) {
            group = places.group(f.group()).orElse(null);
            if (group == null) {
                faults.add(new Fault("group", "asset.unknown-group", f.group(), places.ward().name()));
            }
        }
        length(faults, "asset", "location", f.location(), MAX_LOCATION);
        if (f.quantity() == null) {
            faults.add(new Fault("quantity", "asset.quantity-required"));
        } else if (f.quantity() <= 0) {
            faults.add(new Fault("quantity", "asset.quantity-positive", String.valueOf(f.quantity())));
        }
        if (f.acquiredYear() != null && (f.acquiredYear() < FIRST_YEAR || f.acquiredYear() > thisYear)) {
            faults.add(new Fault("acquiredYear", "asset.year-range", String.valueOf(f.acquiredYear()),
                    String.valueOf(FIRST_YEAR), String.valueOf(thisYear)));
        }
        LocalDate installed = day(faults, "installedOn", f.installedOn(), today);
        LocalDate removed = day(faults, "removedOn", f.removedOn(), today);
        if (installed != null && removed != null && removed.isBefore(installed)) {
            faults.add(new Fault("removedOn", "asset.removed-before-installed", VietnameseFormat.date(removed),
                    VietnameseFormat.date(installed)));
        }
        AssetCondition condition = AssetCondition.GOOD;
        if (f.condition() != null) {
            condition = Choices.find(AssetCondition.class, f.condition()).orElse(null);
            if (condition == null) {
                faults.add(new Fault("condition", "asset.bad-condition", f.condition(),
                        Choices.list(AssetCondition.class)));
            }
        }
        length(faults, "asset", "note", f.note(), MAX_NOTE);
        if (!faults.isEmpty()) {
            return new Checked(null, faults);
        }
        return new Checked(new AssetRepository.Values(kind.name(), f.name(), unit, group, f.location(), f.quantity(),
                f.acquiredYear(), installed, removed, condition.name(), f.note()), List.of());
    }

    /** A day as written, or null (blank, or at fault: "asset.installed-on-bad", "asset.removed-on-future"). */
    private static LocalDate day(List<Fault> faults, String field, String text, LocalDate today) {
        if (text == null) {
            return null;
        }
        String key = "asset." + field.replace("On", "-on");
        LocalDate day = CellDate.parse(text);
        if (day == null) {
            faults.add(new Fault(field, key + "-bad", Echo.cut(text, 20)));
        } else if (day.isAfter(today)) {
            faults.add(new Fault(field, key + "-future", VietnameseFormat.date(day), VietnameseFormat.date(today)));
            return null;
        }
        return day;
    }

    /** A text over its length: the key names the field ("asset.name-too-long"). */
    static void length(List<Fault> faults, String prefix, String field, String value, int max) {
        if (value != null && value.length() > max) {
            String key = prefix + "." + field.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT)
                    + "-too-long";
            faults.add(new Fault(field, key, String.valueOf(max)));
        }
    }
}
