package vn.ward57.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The unfinished tasks that need attention on a day: overdue, and due within the next
 * {@value #DAYS_AHEAD} days, each by deadline. unitNames names the ward's units by code, so that the
 * lead unit can be written out.
 */
public record DueTasks(LocalDate today, List<Task> overdue, List<Task> dueSoon, Map<String, String> unitNames) {

    public static final int DAYS_AHEAD = 7;

    public DueTasks {
        overdue = List.copyOf(overdue);
        dueSoon = List.copyOf(dueSoon);
        unitNames = Map.copyOf(unitNames);
    }

    static DueTasks none(LocalDate today) {
        return new DueTasks(today, List.of(), List.of(), Map.of());
    }

    public boolean isEmpty() {
        return overdue.isEmpty() && dueSoon.isEmpty();
    }

    /** The unit's name, or its code if it has none here; null for no unit. */
    public String unitName(String code) {
        return code == null ? null : unitNames.getOrDefault(code, code);
    }
}
