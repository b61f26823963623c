package vn.ward57.org.web;

import vn.ward57.org.Province;
import vn.ward57.org.ResidentialGroup;
import vn.ward57.org.Unit;
import vn.ward57.org.Ward;

/** What the API answers: codes and names, never database keys. */
final class OrgJson {

    private OrgJson() {
    }

    record ProvinceJson(String code, String name, int wardCount) {
        static ProvinceJson of(Province p) {
            return new ProvinceJson(p.code(), p.name(), p.wardCount());
        }
    }

    record WardJson(String code, String name, String provinceCode) {
        static WardJson of(Ward w) {
            return new WardJson(w.code(), w.name(), w.provinceCode());
        }
    }

    record UnitJson(String code, String name) {
        static UnitJson of(Unit u) {
            return new UnitJson(u.code(), u.name());
        }
    }

    record ResidentialGroupJson(String code, String name, Integer households) {
        static ResidentialGroupJson of(ResidentialGroup g) {
            return new ResidentialGroupJson(g.code(), g.name(), g.households());
        }
    }
}
