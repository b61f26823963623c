package vn.ward57.people;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Staff in post on a day, those of them who attended digital-skills training on or before it, and
 * the share trained in percent (2 decimals, half up), null when nobody is in post.
 */
public record StaffTrained(long inPost, long trained, BigDecimal share) {

    public static StaffTrained of(long inPost, long trained) {
        return new StaffTrained(inPost, trained, inPost == 0 ? null
                : BigDecimal.valueOf(trained * 100).divide(BigDecimal.valueOf(inPost), 2, RoundingMode.HALF_UP));
    }
}
