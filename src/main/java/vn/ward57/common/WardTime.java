package vn.ward57.common;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The wards' calendar: "today" and "this year" are Vietnam's (Asia/Ho_Chi_Minh), whatever zone the
 * server runs in — between 0:00 and 7:00 in Vietnam a UTC server is still on the day before.
 */
public final class WardTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private WardTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static int thisYear() {
        return today().getYear();
    }
}
