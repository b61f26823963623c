package vn.ward57.dossier.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ward57.dossier.domain.DossierMonthRepository.MonthSums;
import vn.ward57.dossier.imports.ParsedDossier;

/**
 * The monthly sums of the dossiers an import streams, counted as they go by, by the same definitions
 * as migration V23's dossier_month_refresh (a test compares the two): new by the month received,
 * resolved and withdrawn by the month closed, overdue from the month of the due date's next day.
 */
final class MonthTally {

    private static final int NEW_ONLINE = 0;
    private static final int NEW_IN_PERSON = 1;
    private static final int NEW_POSTAL = 2;
    private static final int EARLY = 3;
    private static final int ON_TIME = 4;
    private static final int LATE = 5;
    private static final int WITHDRAWN = 6;
    private static final int DIGITISED_INPUT = 7;
    private static final int WITH_FEE = 8;
    private static final int PAID_ONLINE = 9;
    private static final int DIGITISED_RESULT = 10;
    private static final int BECAME_OVERDUE = 11;
    private static final int OVERDUE_CLOSED = 12;

    /** Month number (year × 12 + month − 1) → its sums. */
    private final Map<Integer, long[]> months = new HashMap<>();
    private int lastMonth = Integer.MIN_VALUE;
    private long[] last;

    void add(ParsedDossier d) {
        int received = month(d.receivedAt());
        long[] r = sums(received);
        r[switch (d.channel()) {
            case ONLINE -> NEW_ONLINE;
            case IN_PERSON -> NEW_IN_PERSON;
            case POSTAL -> NEW_POSTAL;
        }]++;
        if (d.digitisedInput()) {
            r[DIGITISED_INPUT]++;
        }
        if (d.feeRequired()) {
            r[WITH_FEE]++;
            if (d.paidOnline()) {
                r[PAID_ONLINE]++;
            }
        }
        LocalDate due = d.dueAt().toLocalDate();
        // overdue at a month's end from the month of the due date's next day
        int overdue = due.getDayOfMonth() == due.lengthOfMonth() ? month(d.dueAt()) + 1 : month(d.dueAt());
        LocalDateTime closedAt = d.resolvedAt() != null ? d.resolvedAt() : d.withdrawnAt();
        if (closedAt == null) {
            sums(overdue)[BECAME_OVERDUE]++;
            return;
        }
        int closed = month(closedAt);
        long[] c = sums(closed);
        if (d.resolvedAt() != null) {
            int cmp = d.resolvedAt().toLocalDate().compareTo(due);
            c[cmp < 0 ? EARLY : cmp == 0 ? ON_TIME : LATE]++;
            if (d.digitisedResult()) {
                c[DIGITISED_RESULT]++;
            }
        } else {
            c[WITHDRAWN]++;
        }
        if (closed > overdue) {
            c[OVERDUE_CLOSED]++;
            sums(overdue)[BECAME_OVERDUE]++;
        }
    }

    List<MonthSums> sums() {
        List<MonthSums> list = new ArrayList<>();
        months.forEach((m, s) -> list.add(new MonthSums(first(m), s[NEW_ONLINE], s[NEW_IN_PERSON], s[NEW_POSTAL],
                s[EARLY], s[ON_TIME], s[LATE], s[WITHDRAWN], s[DIGITISED_INPUT], s[WITH_FEE], s[PAID_ONLINE],
                s[DIGITISED_RESULT], s[BECAME_OVERDUE], s[OVERDUE_CLOSED])));
        return list;
    }

    private long[] sums(int month) {
        // most rows of an export fall in the month of the row before
        if (month != lastMonth) {
            last = months.computeIfAbsent(month, m -> new long[13]);
            lastMonth = month;
        }
        return last;
    }

    private static int month(LocalDateTime t) {
        return t.getYear() * 12 + t.getMonthValue() - 1;
    }

    private static LocalDate first(int month) {
        return LocalDate.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1, 1);
    }
}
