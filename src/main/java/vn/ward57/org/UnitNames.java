package vn.ward57.org;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A ward's units by code, read once for a page, so that every place that holds a unit's code writes its name
 * ("Công an phường", not "ca"). A code the ward no longer has is written as it is.
 */
public record UnitNames(Map<String, String> byCode) {

    public UnitNames {
        byCode = Map.copyOf(byCode);
    }

    public static UnitNames of(List<Unit> units) {
        return new UnitNames(units.stream().collect(Collectors.toMap(Unit::code, Unit::name, (a, b) -> a)));
    }

    /** The unit's name, its code when the ward has no such unit, null for no unit. */
    public String name(String code) {
        return code == null ? null : byCode.getOrDefault(code, code);
    }

    /** The units' names joined by ", " in the given order; "" for none. */
    public String names(Collection<String> codes) {
        return codes == null ? "" : codes.stream().map(this::name).collect(Collectors.joining(", "));
    }
}
