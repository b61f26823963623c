package vn.ward57.budget.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.error.ConfirmationRequiredException;
import vn.ward57.common.web.Messages;

/**
 * The one rule against money typed with three zeros too few or too many (a real report wrote 1.056.000
 * đồng for 1.056.000.000, issue 20): an amount under {@value #FLOOR} đồng, or {@value #FACTOR} times (or more)
 * smaller or larger than its reference, is kept only once confirmed. The reference is the median of the
 * ward's other lines for a line; for a payment its line's adjusted estimate, or, for a line without one, the
 * median of the ward's other payments. Used by the forms, the API and the imports alike.
 */
final class PlausibleAmount {

    static final long FLOOR = 10_000_000;
    static final long FACTOR = 1_000;

    /** What the reference is, naming the message that describes it. */
    enum Basis {
        LINES, ESTIMATE, PAYMENTS
    }

    /** A doubtful amount: the message key and its arguments, and the amount it probably meant (or null). */
    record Doubt(String key, long amount, Long reference, Long suggested) {
    }

    private PlausibleAmount() {
    }

    /** 0 is no typing mistake (a line not yet costed); a reference of 0 or none leaves only the floor. */
    static Optional<Doubt> judge(long amount, Long reference, Basis basis) {
        if (amount <= 0) {
            return Optional.empty();
        }
        Long ref = reference == null || reference <= 0 ? null : reference;
        boolean small = ref != null && amount * FACTOR <= ref;
        boolean large = ref != null && amount >= ref * FACTOR;
        if (!small && !large && amount >= FLOOR) {
            return Optional.empty();
        }
        // under the floor and below the reference, the message names the reference too (the seed's case)
        boolean belowReference = small || ref != null && amount < ref && !large;
        String key = belowReference || large
                ? "budget.amount." + (large ? "large." : "small.") + basis.name().toLowerCase()
                : "budget.amount.under-floor";
        return Optional.of(new Doubt(key, amount, ref, suggest(amount, ref)));
    }

    /**
     * The amount times or divided by 1.000 (or 1.000.000) nearest to the reference on a log scale, if nearer
     * than the amount itself; without a reference, a small amount times 1.000.
     */
    static Long suggest(long amount, Long ref) {
        if (ref == null) {
            return amount < FLOOR ? amount * FACTOR : null;
        }
        long max = BudgetInput.MAX_MONEY.longValue();
        long best = amount;
        for (long f : new long[] {FACTOR, FACTOR * FACTOR}) {
            if (amount <= max / f && distance(amount * f, ref) < distance(best, ref)) {
                best = amount * f;
            }
            if (amount % f == 0 && distance(amount / f, ref) < distance(best, ref)) {
                best = amount / f;
            }
        }
        return best == amount ? null : best;
    }

    private static double distance(long a, long b) {
        return Math.abs(Math.log((double) a / b));
    }

    /** The median of the amounts above 0 (lower middle one of an even count, so it is an amount entered), or null. */
    static Long median(List<Long> amounts) {
        List<Long> sorted = amounts.stream().filter(a -> a > 0).sorted().toList();
        return sorted.isEmpty() ? null : sorted.get((sorted.size() - 1) / 2);
    }

    /** The warning as a person reads it, the suggestion included: "Số tiền … Có phải 1.056.000.000 đồng?". */
    static Object[] args(Doubt d, Messages messages) {
        String suggestion = d.suggested() == null ? "" : " " + messages.get("budget.amount.suggest",
                VietnameseFormat.dong(d.suggested()));
        return new Object[] {VietnameseFormat.dong(d.amount()),
                d.reference() == null ? "" : VietnameseFormat.dong(d.reference()),
                suggestion};
    }

    /** Refuses a doubtful amount not confirmed, for the field named; the API's answer carries the suggestion. */
    static void require(long amount, Long reference, Basis basis, Boolean confirmed, String field,
                        Messages messages) {
        if (Boolean.TRUE.equals(confirmed)) {
            return;
        }
        judge(amount, reference, basis).ifPresent(d -> {
            var details = new java.util.LinkedHashMap<String, Object>();
            details.put("amount", d.amount());
            if (d.suggested() != null) {
                details.put("suggestedAmount", d.suggested());
            }
            if (d.reference() != null) {
                details.put("reference", d.reference());
            }
            details.put("confirmWith", "confirmAmount");
            throw new ConfirmationRequiredException(d.key(), field, Map.copyOf(details), args(d, messages));
        });
    }
}
