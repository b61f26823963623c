package vn.ward57.dossier.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.ward57.dossier.DossierStats;

/** Derives the totals and rates of issue 3 from the counts the SQL aggregate gives. */
public final class StatsCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private StatsCalculator() {
    }

    public static DossierStats stats(DossierCounts c) {
        long newlyReceived = c.newOnline() + c.newInPerson() + c.newPostal();
        long received = c.carriedOver() + newlyReceived;
        long pending = received - c.resolved() - c.withdrawn();
        return new DossierStats(received, c.carriedOver(), newlyReceived, c.newOnline(), c.newInPerson(),
                c.newPostal(), c.resolved(), c.resolvedEarly(), c.resolvedOnTime(), c.resolvedLate(), c.withdrawn(),
                pending, pending - c.pendingOverdue(), c.pendingOverdue(),
                percent(c.newOnline(), newlyReceived),
                percent(c.resolvedEarly() + c.resolvedOnTime(), c.resolved()),
                percent(c.newDigitisedInput(), newlyReceived),
                percent(c.resolvedDigitisedResult(), c.resolved()),
                percent(c.newPaidOnline(), c.newWithFee()));
    }

    public static DossierStats empty() {
        return stats(new DossierCounts("", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    /** part / whole in percent, 2 decimals, half up; null when whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
