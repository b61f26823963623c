package vn.ward57.community;

import java.time.LocalDate;

/**
 * A community digital-technology team, with its head and member count as of the day it was read
 * and the day of its last logged activity (null: none yet). version: raised by every change of the team's
 * own fields (the API's ETag, the edit form's hidden field).
 */
public record CommunityTeam(long id, String groupCode, String groupName, String name, LocalDate foundedOn,
                            LocalDate dissolvedOn, String note, String headName, String headPhone, long members,
                            LocalDate lastActivity, long version) {

    /** Dissolved on or before the day. */
    public boolean dissolvedBy(LocalDate day) {
        return dissolvedOn != null && !dissolvedOn.isAfter(day);
    }
}
