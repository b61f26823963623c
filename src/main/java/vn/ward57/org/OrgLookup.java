package vn.ward57.org;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.org.domain.ProvinceRepository;
import vn.ward57.org.domain.UnitRepository;
import vn.ward57.org.domain.WardRepository;

/**
 * Look-ups without an access check, for other modules' own rules (the login, which has no user
 * yet; the user module, which checks the acting user itself). Pages and API use the services.
 */
@Service
@Transactional(readOnly = true)
public class OrgLookup {

    private final ProvinceRepository provinces;
    private final WardRepository wards;
    private final UnitRepository units;

    OrgLookup(ProvinceRepository provinces, WardRepository wards, UnitRepository units) {
        this.provinces = provinces;
        this.wards = wards;
        this.units = units;
    }

    public Optional<Ward> ward(String code) {
        return wards.findByCode(code);
    }

    public Optional<Ward> ward(WardId id) {
        return wards.findById(id);
    }

    public Optional<Unit> unit(WardId ward, String code) {
        return units.find(ward, code);
    }

    /** The ward's units, without an access check (callers have made theirs). */
    public List<Unit> units(WardId ward) {
        return units.findByWard(ward);
    }

    /** The ward's units' names by code, for a page that shows codes it holds (one query a page). */
    public UnitNames unitNames(WardId ward) {
        return UnitNames.of(units.findByWard(ward));
    }

    public Optional<Unit> unit(UnitId id) {
        return units.findById(id);
    }

    public Optional<Province> province(String code) {
        return provinces.findByCode(code);
    }

    public Optional<Province> province(long id) {
        return provinces.findById(id);
    }

    public List<Ward> wardsOf(List<String> provinceCodes) {
        return wards.findByProvinceCodes(provinceCodes);
    }
}
