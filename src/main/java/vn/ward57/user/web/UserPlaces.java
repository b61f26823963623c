package vn.ward57.user.web;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Province;
import vn.ward57.org.UnitNames;
import vn.ward57.org.Ward;
import vn.ward57.user.UserAccount;

/**
 * Where a user works, by name ("Phường An Hải / Công an phường"), for the users list: the account keeps codes.
 * Each ward's name and units are read once per call of {@link #of(java.util.List)}.
 */
@Component("userPlaces")
public class UserPlaces {

    private final OrgLookup org;

    UserPlaces(OrgLookup org) {
        this.org = org;
    }

    /** The place of each listed user by username; a province user's is their provinces. */
    public Map<String, String> of(java.util.List<UserAccount> users) {
        Map<String, Ward> seen = new HashMap<>();
        Map<String, UnitNames> units = new HashMap<>();
        Map<String, String> places = new HashMap<>();
        for (UserAccount u : users) {
            if (u.wardCode() == null) {
                places.put(u.username(), String.join(", ", u.provinceCodes().stream()
                        .map(c -> org.province(c).map(Province::name).orElse(c)).toList()));
                continue;
            }
            // the list is the actor's visible users (UserService.visible): no second access check per ward
            Ward ward = seen.computeIfAbsent(u.wardCode(), c -> org.ward(c).orElse(null));
            if (ward == null) {
                places.put(u.username(), u.wardCode());
                continue;
            }
            String place = ward.name();
            if (u.unitCode() != null) {
                place += " / " + units.computeIfAbsent(u.wardCode(), c -> org.unitNames(ward.id())).name(u.unitCode());
            }
            places.put(u.username(), place);
        }
        return places;
    }
}
