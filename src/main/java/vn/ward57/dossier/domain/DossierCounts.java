package vn.ward57.dossier.domain;

/** The counts one SQL aggregate gives for a period; {@link vn.ward57.dossier.DossierStats} derives the rest. */
public record DossierCounts(String groupKey, long workload, long carriedOver, long newOnline, long newInPerson,
                            long newPostal, long resolved, long resolvedEarly, long resolvedOnTime, long resolvedLate,
                            long withdrawn, long pendingOverdue, long newDigitisedInput, long resolvedDigitisedResult,
                            long newWithFee, long newPaidOnline) {
}
