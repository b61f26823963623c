package vn.ward57.feedback;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.feedback.domain.StatsRepository;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/**
 * The feedback figures of a period [from, to], both days included. "Handled" (resolved) is the day the
 * ward finished its part: its answer (ANSWERED, and later CLOSED) or its transfer to a higher level
 * (TRANSFERRED — the ward's handling ends there, as the 766 service index counts feedback handled by the
 * level that received it).
 * <ul>
 * <li>received: items received in [from, to];</li>
 * <li>resolved: items handled in [from, to], whenever received (items carried over count when handled);</li>
 * <li>resolvedOnTime: of those, handled on or before their due date (đúng hạn hoặc trước hạn);</li>
 * <li>backlog: received on or before `to` and not handled by `to` (carried into the next period);</li>
 * <li>overdue: of the backlog, those whose due date is before `to`.</li>
 * </ul>
 * onTimeRate = resolvedOnTime × 100 / resolved (at most 100 %). The 766 index counts the items falling due
 * in the period instead ({@link #forServiceIndex}). The ward is one the caller has read-checked (a Ward parameter).
 */
@Service
@Transactional(readOnly = true)
public class FeedbackStatsService {

    private final StatsRepository stats;
    private final WardAccess access;

    FeedbackStatsService(StatsRepository stats, WardAccess access) {
        this.stats = stats;
        this.access = access;
    }

    /**
     * The new items waiting for the acting user, the notice beside their work: for an officer limited to a unit,
     * its unit's items not yet taken up (RECEIVED or ASSIGNED); for everyone else, the items nobody has assigned.
     */
    public long waiting(Ward ward) {
        return stats.waiting(ward.id().value(), access.ownUnit());
    }

    public FeedbackStats stats(Ward ward, LocalDate from, LocalDate to) {
        return figures(ward, from, to, false);
    }

    /**
     * As {@link #stats}, counting only the categories of the Resolution-57 area (KHCN, ĐMST, CĐS): what the
     * report's PAKN section states, not every complaint a ward receives (issue 20).
     */
    public FeedbackStats nq57AreaStats(Ward ward, LocalDate from, LocalDate to) {
        return figures(ward, from, to, true);
    }

    private FeedbackStats figures(Ward ward, LocalDate from, LocalDate to, boolean nq57AreaOnly) {
        check(from, to);
        var f = stats.figures(ward.id().value(), from, to, nq57AreaOnly);
        return new FeedbackStats(f.received(), f.resolved(), f.onTime(), f.backlog(), f.overdue());
    }

    public List<CategoryStats> byCategory(Ward ward, LocalDate from, LocalDate to) {
        check(from, to);
        return stats.byCategory(ward.id().value(), from, to).stream()
                .map(c -> new CategoryStats(c.code(), c.name(), c.nq57Area(),
                        new FeedbackStats(c.received(), c.resolved(), c.onTime(), c.backlog(), c.overdue())))
                .toList();
    }

    /**
     * The 766 figures of each given ward (key: ward code, every ward present) in one query. The caller has
     * checked that the reader may see these wards (they come from WardService, which checks).
     */
    public java.util.Map<String, FeedbackIndexFigures> forServiceIndex(List<Ward> wardList, LocalDate from,
                                                                      LocalDate to) {
        check(from, to);
        var found = stats.indexFigures(wardList.stream().map(w -> w.id().value()).toList(), from, to);
        java.util.Map<String, FeedbackIndexFigures> result = new java.util.LinkedHashMap<>();
        for (Ward w : wardList) {
            result.put(w.code(), found.getOrDefault(w.id().value(), FeedbackIndexFigures.NONE));
        }
        return result;
    }

    /** Items of the period on a matter raised before. */
    public List<StatsRepository.Listed> repeated(Ward ward, LocalDate from, LocalDate to) {
        check(from, to);
        return stats.repeated(ward.id().value(), from, to);
    }

    /** Items still unhandled at `to` and past their due date, the oldest first. */
    public List<StatsRepository.Listed> longRunning(Ward ward, LocalDate to) {
        return stats.longRunning(ward.id().value(), to);
    }

    private static void check(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidInputException("feedback.period-required", from == null ? "from" : "to");
        }
        if (from.isAfter(to)) {
            throw new InvalidInputException("feedback.bad-period", "from");
        }
    }
}
