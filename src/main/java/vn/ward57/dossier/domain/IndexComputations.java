package vn.ward57.dossier.domain;

import static vn.ward57.dossier.domain.IndexMath.FULL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.dossier.DossierStats;
import vn.ward57.dossier.IndexComponent;
import vn.ward57.dossier.domain.ServiceIndexRepository.Use;
import vn.ward57.feedback.FeedbackIndexFigures;

/**
 * The components ward57 computes from its own records, each with its inputs and what-if. A share with
 * nothing to divide by has no score (the component stays "chưa tính"); the components ward57 has no
 * records for are absent here.
 */
final class IndexComputations {

    /** A sentence of the what-if: message key {@code index766.whatif.<key>} and its arguments. */
    record WhatIf(String key, Object... args) {
    }

    /** A computed component: score null when there was nothing to divide by. */
    record Computed(BigDecimal score, Map<String, Object> inputs, List<WhatIf> whatIf) {
    }

    private static final BigDecimal AT_80 = new BigDecimal("0.8");
    private static final BigDecimal AT_50 = new BigDecimal("0.5");
    private static final BigDecimal AT_90 = new BigDecimal("0.9");

    private IndexComputations() {
    }

    static Map<IndexComponent, Computed> of(IndexFigures f) {
        DossierStats d = f.dossiers();
        Use u = f.use();
        FeedbackIndexFigures fb = f.feedback();
        Map<IndexComponent, Computed> result = new EnumMap<>(IndexComponent.class);
        result.put(IndexComponent.PROGRESS_TIMELY, progress(d));
        putShare(result, IndexComponent.ONLINE_PROCEDURES, u.wardOnline(), u.wardProcedures(), AT_80);
        putShare(result, IndexComponent.ONLINE_SERVICES_USED, u.wardOnlineUsed(), u.wardOnline(), FULL);
        putShare(result, IndexComponent.ONLINE_DOSSIERS, d.newOnline(), d.newlyReceived(), AT_50);
        putShare(result, IndexComponent.PAYMENT_PROCEDURES, u.feeOnlinePayment(), u.feeProcedures(), FULL);
        putShare(result, IndexComponent.PAYMENT_TRANSACTIONS, u.feePaidOnline(), u.feeProcedures(), FULL);
        putShare(result, IndexComponent.PAYMENT_DOSSIERS, u.newPaidOnline(), u.newWithFee(), FULL);
        putShare(result, IndexComponent.DIGITISED_RESULTS, u.resolvedDigitisedResult(), u.resolved(), FULL);
        putShare(result, IndexComponent.DIGITISED_COMPONENTS, u.newDigitisedInput(), u.newlyReceived(), FULL);
        putShare(result, IndexComponent.FEEDBACK_ON_TIME, fb.handledOnTime(), fb.due(), FULL);
        result.put(IndexComponent.FEEDBACK_SATISFACTION, feedbackSatisfaction(fb));
        result.put(IndexComponent.DOSSIER_SATISFACTION, dossierSatisfaction(d));
        return result;
    }

    /**
     * 20 × (early + on time + pending within deadline) / (resolved + pending). What raises it is more
     * timely dossiers: as many as give a point (half the gap when less than a point is left), or, when
     * that is more than the period's workload, a tenth of it in a round number; what lowers it is a pending
     * dossier passing its deadline.
     */
    static Computed progress(DossierStats d) {
        int max = IndexComponent.PROGRESS_TIMELY.max();
        long num = d.resolvedEarly() + d.resolvedOnTime() + d.pendingWithinDeadline();
        long den = d.resolved() + d.pending();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("resolvedEarly", d.resolvedEarly());
        inputs.put("resolvedOnTime", d.resolvedOnTime());
        inputs.put("pendingWithinDeadline", d.pendingWithinDeadline());
        inputs.put("resolved", d.resolved());
        inputs.put("pending", d.pending());
        inputs.put("numerator", num);
        inputs.put("denominator", den);
        inputs.put("rate", IndexMath.percent(num, den));
        BigDecimal score = IndexMath.score(max, num, den, FULL);
        if (score == null || score.compareTo(BigDecimal.valueOf(max)) >= 0) {
            return new Computed(score, inputs, List.of());
        }
        BigDecimal gap = BigDecimal.valueOf(max).subtract(score);
        BigDecimal step = gap.compareTo(BigDecimal.ONE) >= 0 ? BigDecimal.ONE : gap.divide(BigDecimal.TWO, 2, RoundingMode.DOWN);
        BigDecimal target = score.add(step.max(new BigDecimal("0.01")));
        List<WhatIf> whatIf = new java.util.ArrayList<>();
        if (target.compareTo(BigDecimal.valueOf(max)) < 0) {   // a hundredth short of full: no count reaches it
            long n = IndexMath.toReach(max, num, den, target);
            if (n > den) {   // a point would take more than the period's whole workload again: say what a tenth gives
                n = IndexMath.roundCount(Math.max(1, den / 10));
            }
            BigDecimal gain = IndexMath.score(max, num + n, den + n, FULL).subtract(score);
            whatIf.add(new WhatIf("PROGRESS_TIMELY", count(n), points(gain)));
        }
        if (d.pendingWithinDeadline() > 0) {
            BigDecimal loss = score.subtract(IndexMath.score(max, num - d.pendingWithinDeadline(), den, FULL));
            whatIf.add(new WhatIf("PROGRESS_TIMELY.risk", count(d.pendingWithinDeadline()), points(loss)));
        }
        return new Computed(score, inputs, whatIf);
    }

    private static void putShare(Map<IndexComponent, Computed> result, IndexComponent c, long num, long den,
                                 BigDecimal fullAt) {
        result.put(c, share(c, num, den, fullAt));
    }

    /** max × min(1, num / den / fullAt); the what-if: how many more of den counted in num give full marks. */
    static Computed share(IndexComponent c, long num, long den, BigDecimal fullAt) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("numerator", num);
        inputs.put("denominator", den);
        inputs.put("rate", IndexMath.percent(num, den));
        if (fullAt.compareTo(FULL) != 0) {
            inputs.put("fullAt", fullAt.movePointRight(2).setScale(2, RoundingMode.UNNECESSARY));
        }
        BigDecimal score = IndexMath.score(c.max(), num, den, fullAt);
        if (score == null || score.compareTo(BigDecimal.valueOf(c.max())) >= 0) {
            return new Computed(score, inputs, List.of());
        }
        long n = IndexMath.toFull(c.max(), num, den, fullAt);
        BigDecimal gain = IndexMath.score(c.max(), num + n, den, fullAt).subtract(score);
        return new Computed(score, inputs, List.of(new WhatIf(c.name(), count(n), points(gain))));
    }

    /** 6 × satisfied / rated; full marks when nothing was rated (the portal's rule when there is no feedback). */
    static Computed feedbackSatisfaction(FeedbackIndexFigures fb) {
        if (fb.rated() == 0) {
            Map<String, Object> inputs = new LinkedHashMap<>();
            inputs.put("numerator", 0L);
            inputs.put("denominator", 0L);
            inputs.put("rate", null);
            return new Computed(BigDecimal.valueOf(IndexComponent.FEEDBACK_SATISFACTION.max()).setScale(2), inputs,
                    List.of());
        }
        return share(IndexComponent.FEEDBACK_SATISFACTION, fb.satisfied(), fb.rated(), FULL);
    }

    /**
     * 6 × min(1, (100 % − overdue rate − complaint rate) / 90 %). ward57 has no record of complaints about
     * dossiers, so there is no score; the inputs show the overdue rate and the score if there were none.
     */
    static Computed dossierSatisfaction(DossierStats d) {
        long overdue = d.resolvedLate() + d.pendingOverdue();
        long den = d.resolved() + d.pending();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("overdue", overdue);
        inputs.put("denominator", den);
        inputs.put("overdueRate", IndexMath.percent(overdue, den));
        inputs.put("complaintRate", null);
        inputs.put("fullAt", new BigDecimal("90.00"));
        inputs.put("scoreWithoutComplaints", IndexMath.score(IndexComponent.DOSSIER_SATISFACTION.max(), den - overdue,
                den, AT_90));
        return new Computed(null, inputs, List.of());
    }

    private static String count(long n) {
        return VietnameseFormat.count(n);
    }

    private static String points(BigDecimal p) {
        return VietnameseFormat.decimal(p);
    }
}
