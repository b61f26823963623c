package vn.ward57.user.domain;

import org.springframework.stereotype.Component;
import vn.ward57.org.ProvinceService;

/** Records the province admins of a province (the user module owns user_province). */
@Component
class ProvinceAdminGrants implements ProvinceService.ProvinceAdmins {

    private final UserRepository users;

    ProvinceAdminGrants(UserRepository users) {
        this.users = users;
    }

    @Override
    public void grant(String username, long provinceId) {
        users.find(username).ifPresent(u -> users.grant(u.id(), provinceId));
    }

    @Override
    public void revokeAll(long provinceId) {
        users.revokeProvince(provinceId);
    }
}
