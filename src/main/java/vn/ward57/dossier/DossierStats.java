package vn.ward57.dossier;

import java.math.BigDecimal;

/**
 * The dossier figures of a period [from, to], by the definitions of issue 3 (the API's contract:
 * these field names exactly). Rates are percentages with 2 decimals, null when nothing to divide by.
 */
public record DossierStats(
        long received, long carriedOver, long newlyReceived, long newOnline, long newInPerson, long newPostal,
        long resolved, long resolvedEarly, long resolvedOnTime, long resolvedLate, long withdrawn,
        long pending, long pendingWithinDeadline, long pendingOverdue,
        BigDecimal onlineRate, BigDecimal onTimeRate, BigDecimal digitisedInputRate, BigDecimal digitisedResultRate,
        BigDecimal onlinePaymentRate) {
}
