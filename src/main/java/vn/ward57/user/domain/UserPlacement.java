package vn.ward57.user.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.security.Role;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Province;
import vn.ward57.org.Unit;
import vn.ward57.org.UnitId;
import vn.ward57.org.Ward;
import vn.ward57.org.WardId;
import vn.ward57.user.UserAccount;
import vn.ward57.user.UserForm;

/** Where a user's role applies: translates between codes (forms, pages) and keys (the table). */
@Component
class UserPlacement {

    private final OrgLookup org;
    private final UserRepository users;

    UserPlacement(OrgLookup org, UserRepository users) {
        this.org = org;
        this.users = users;
    }

    /** The keys a form names, checked to exist and to fit the role. */
    record Placed(UserAccount account, Long wardId, Long unitId, Long provinceId, List<Long> provinceIds) {
    }

    Placed place(UserForm form) {
        if (form.role() != null && form.role().provinceLevel()) {
            // the system admin may hold no province yet: it creates them
            if (form.role() == Role.PROVINCE_ADMIN && form.provinceCodes().isEmpty()) {
                throw new InvalidInputException("user.provinces-required", "provinceCodes");
            }
            List<Long> ids = provinceIds(form.provinceCodes());
            UserAccount account = new UserAccount(form.username(), form.fullName(), form.email(), form.role(), null,
                    null, List.copyOf(form.provinceCodes()), form.isEnabled());
            return new Placed(account, null, null, ids.size() == 1 ? ids.getFirst() : null, ids);
        }
        if (form.wardCode() == null) {
            throw new InvalidInputException("user.ward-required", "wardCode");
        }
        Ward ward = org.ward(form.wardCode())
                .orElseThrow(() -> new InvalidInputException("ward.not-found", "wardCode", form.wardCode()));
        Long unitId = null;
        if (form.unitCode() != null) {
            Unit unit = org.unit(ward.id(), form.unitCode())
                    .orElseThrow(() -> new InvalidInputException("unit.not-found", "unitCode", form.unitCode(),
                            ward.name()));
            unitId = unit.id().value();
        }
        UserAccount account = new UserAccount(form.username(), form.fullName(), form.email(), form.role(),
                ward.code(), form.unitCode(), List.of(ward.provinceCode()), form.isEnabled());
        return new Placed(account, ward.id().value(), unitId, ward.provinceId(), List.of());
    }

    List<Long> provinceIds(Collection<String> codes) {
        return codes.stream().map(code -> org.province(code)
                .orElseThrow(() -> new InvalidInputException("province.not-found", "provinceCodes", code))
                .id()).toList();
    }

    UserAccount describe(UserRecord user) {
        return new Describer().describe(user);
    }

    /** A list of users, looking each ward, unit and province up once however many users share it. */
    List<UserAccount> describeAll(List<UserRecord> records) {
        Describer describer = new Describer();
        return records.stream().map(describer::describe).toList();
    }

    private final class Describer {
        private final Map<Long, Ward> wards = new HashMap<>();
        private final Map<Long, String> units = new HashMap<>();
        private final Map<Long, String> provinces = new HashMap<>();

        UserAccount describe(UserRecord user) {
            String ward = null;
            String unit = null;
            List<String> provinceCodes;
            if (user.wardId() != null) {
                Ward w = wards.computeIfAbsent(user.wardId(), id -> org.ward(new WardId(id)).orElseThrow());
                ward = w.code();
                unit = user.unitId() == null ? null : units.computeIfAbsent(user.unitId(),
                        id -> org.unit(new UnitId(id)).map(Unit::code).orElse(null));
                provinceCodes = List.of(w.provinceCode());
            } else {
                provinceCodes = users.provinceIds(user.id()).stream()
                        .map(id -> provinces.computeIfAbsent(id,
                                p -> org.province(p).map(Province::code).orElse("?")))
                        .toList();
            }
            return new UserAccount(user.username(), user.fullName(), user.email(), user.role(), ward, unit,
                    provinceCodes, user.enabled());
        }
    }
}
