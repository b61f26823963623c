package vn.ward57.task.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Unit;
import vn.ward57.org.Ward;

/** A ward's units by code and by id, for turning a task's unit codes into ids and back. */
public final class UnitCodes {

    private final Map<String, Long> ids;
    private final Map<Long, String> codes;

    private UnitCodes(List<Unit> units) {
        ids = units.stream().collect(Collectors.toMap(Unit::code, u -> u.id().value()));
        codes = units.stream().collect(Collectors.toMap(u -> u.id().value(), Unit::code));
    }

    public static UnitCodes of(OrgLookup org, Ward ward) {
        return new UnitCodes(org.units(ward.id()));
    }

    /** The id of a unit code (null for none); an unknown code is bad input in the given field. */
    public Long id(String code, String field) {
        if (code == null) {
            return null;
        }
        Long id = ids.get(code);
        if (id == null) {
            throw new InvalidInputException("task.unknown-unit", field, code);
        }
        return id;
    }

    public List<Long> ids(List<String> unitCodes, String field) {
        List<Long> result = new ArrayList<>();
        for (String code : unitCodes) {
            result.add(id(code, field));
        }
        return result;
    }

    public String code(Long id) {
        return id == null ? null : codes.get(id);
    }

    /** Codes of the comma-separated ids the SQL gives. */
    public List<String> codes(String commaSeparatedIds) {
        if (commaSeparatedIds == null || commaSeparatedIds.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(commaSeparatedIds.split(",")).map(Long::valueOf).map(codes::get).toList();
    }

    /** The id of a unit code, or empty when the ward has no such unit (an import reports it, not throws). */
    java.util.Optional<Long> find(String code) {
        return java.util.Optional.ofNullable(ids.get(code));
    }
}
