package vn.ward57.task;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.Role;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Ward;

/**
 * "Việc của tôi": a ward user's unfinished tasks that are overdue or due within 7 days. An officer
 * limited to a unit gets those the unit leads or coordinates; everyone else of the ward gets the
 * whole ward's; a province admin, who has no ward, gets none. The same rule picks the tasks of the
 * daily reminder e-mails.
 */
@Service
@Transactional(readOnly = true)
public class MyTasks {

    private final TaskService tasks;
    private final OrgLookup org;

    MyTasks(TaskService tasks, OrgLookup org) {
        this.tasks = tasks;
        this.org = org;
    }

    /** The actor's tasks as of today; the actor reads only its own ward, so no access check is needed. */
    public DueTasks of(Actor actor, LocalDate today) {
        if (actor.wardCode() == null) {
            return DueTasks.none(today);
        }
        return org.ward(actor.wardCode()).map(ward -> of(ward, limitedTo(actor.role(), actor.unitCode()), today))
                .orElseGet(() -> DueTasks.none(today));
    }

    /** The unit whose tasks are someone's: only an officer is limited to one (as {@link Actor} rules). */
    public static String limitedTo(Role role, String unitCode) {
        return role == Role.WARD_OFFICER ? unitCode : null;
    }

    /** The ward's tasks (unitCode null) or a unit's, as lead or coordinating unit. */
    public DueTasks of(Ward ward, String unitCode, LocalDate today) {
        // the status as of today says overdue, and in progress with a deadline ≤ today + 7 is due soon
        var overdue = tasks.list(ward, today,
                new TaskService.Filter(null, null, null, unitCode, TaskStatus.OVERDUE, null));
        var dueSoon = tasks.list(ward, today, new TaskService.Filter(null, null, null, unitCode,
                TaskStatus.IN_PROGRESS, today.plusDays(DueTasks.DAYS_AHEAD)));
        return new DueTasks(today, overdue, dueSoon, org.unitNames(ward.id()).byCode());
    }
}
