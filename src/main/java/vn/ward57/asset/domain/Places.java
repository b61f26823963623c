package vn.ward57.asset.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ward57.common.table.TableColumn;
import vn.ward57.org.ResidentialGroup;
import vn.ward57.org.Unit;
import vn.ward57.org.Ward;

/**
 * A ward's units and residential groups, found by code or by name as a person writes them; a code
 * of another ward is simply not found here, so an asset never points outside its ward.
 */
final class Places {

    private final Ward ward;
    private final Map<String, Long> units = new HashMap<>();
    private final Map<String, Long> groups = new HashMap<>();

    Places(Ward ward, List<Unit> units, List<ResidentialGroup> groups) {
        this.ward = ward;
        // names first, so that a code equal to another's name still wins
        units.forEach(u -> this.units.put(TableColumn.normalise(u.name()), u.id().value()));
        units.forEach(u -> this.units.put(TableColumn.normalise(u.code()), u.id().value()));
        groups.forEach(g -> this.groups.put(TableColumn.normalise(g.name()), g.id()));
        groups.forEach(g -> this.groups.put(TableColumn.normalise(g.code()), g.id()));
    }

    /** The places of a ward whose read access the caller has checked. */
    static Places of(Ward ward, vn.ward57.org.OrgLookup org, vn.ward57.org.ResidentialGroupService groups) {
        return new Places(ward, org.units(ward.id()), groups.list(ward));
    }

    Ward ward() {
        return ward;
    }

    Optional<Long> unit(String codeOrName) {
        return Optional.ofNullable(units.get(TableColumn.normalise(codeOrName)));
    }

    Optional<Long> group(String codeOrName) {
        return Optional.ofNullable(groups.get(TableColumn.normalise(codeOrName)));
    }
}
