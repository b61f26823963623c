package vn.ward57.task.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ward57.common.Texts;
import vn.ward57.common.WardTime;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Unit;
import vn.ward57.org.UnitNames;
import vn.ward57.org.Province;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;
import vn.ward57.task.DirectiveService;
import vn.ward57.task.Task;
import vn.ward57.task.TaskService;
import vn.ward57.task.TaskStatsService;
import vn.ward57.task.TaskStatus;
import vn.ward57.task.domain.TaskStatsRepository.GroupBy;
import vn.ward57.user.UserContacts;

/** The task board with the figures as of a chosen date, a task with its timeline, the province's lights. */
@Controller
class TaskPageController {

    private final WardAccess access;
    private final OrgLookup org;
    private final TaskService tasks;
    private final TaskStatsService stats;
    private final DirectiveService directives;
    private final UserContacts users;

    TaskPageController(WardAccess access, OrgLookup org, TaskService tasks, TaskStatsService stats,
                       DirectiveService directives, UserContacts users) {
        this.users = users;
        this.access = access;
        this.org = org;
        this.tasks = tasks;
        this.stats = stats;
        this.directives = directives;
    }

    /** The board; an htmx request for other filters gets the board fragment only. */
    @GetMapping("/wards/{wardCode}/tasks")
    String board(Ward ward,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                 @RequestParam(required = false) String unit, @RequestParam(required = false) String phase,
                 @RequestParam(required = false) TaskStatus status, @RequestParam(required = false) Long directive,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy,
                 Model model, HtmxRequest htmx) {
        LocalDate day = asOf == null ? WardTime.today() : asOf;
        String unitCode = Texts.blankToNull(unit);
        String phaseName = Texts.blankToNull(phase);
        model.addAttribute("ward", ward);
        model.addAttribute("asOf", day);
        TaskService.Filter filter = new TaskService.Filter(directive, null, phaseName, unitCode, status, dueBy);
        model.addAttribute("filter", filter);
        model.addAttribute("tasks", tasks.list(ward, day, filter));
        model.addAttribute("stats", stats.ward(ward, day, new TaskStatsService.Scope(directive, phaseName, unitCode)));
        model.addAttribute("byUnit", stats.breakdown(ward, day, GroupBy.UNIT));
        model.addAttribute("byPhase", stats.breakdown(ward, day, GroupBy.PHASE));
        List<Unit> wardUnits = org.units(ward.id());
        model.addAttribute("units", wardUnits);
        model.addAttribute("unitNames", UnitNames.of(wardUnits));
        model.addAttribute("phases", tasks.phases(ward));
        model.addAttribute("directives", directives.list(ward));
        model.addAttribute("statuses", TaskStatus.values());
        return htmx.isHtmxRequest() ? "task/tasks :: board" : "task/tasks";
    }

    @GetMapping("/tasks/{taskId}")
    String task(@PathVariable long taskId, Model model) {
        Ward ward = tasks.wardOf(taskId);
        Task task = tasks.get(ward, taskId);
        model.addAttribute("ward", ward);
        model.addAttribute("task", task);
        List<TaskService.Event> history = tasks.history(ward, taskId);
        model.addAttribute("history", history);
        model.addAttribute("actorNames", users.fullNames(history.stream().map(TaskService.Event::actor)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet())));
        List<Unit> wardUnits = org.units(ward.id());
        model.addAttribute("units", wardUnits);
        model.addAttribute("unitNames", UnitNames.of(wardUnits));
        model.addAttribute("canAct", access.canEditUnit(ward, task.leadUnit()));
        model.addAttribute("canDirect", access.canDirect(ward));
        model.addAttribute("today", WardTime.today());
        return "task/task";
    }

    /** Every ward of the province with its figures and light as of a date (province admins). */
    @GetMapping("/provinces/{provinceCode}/task-lights")
    String province(Province province,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                    Model model) {
        LocalDate day = asOf == null ? WardTime.today() : asOf;
        List<TaskStatsService.Row> rows = stats.province(province, day);
        model.addAttribute("province", province);
        model.addAttribute("wards", org.wardsOf(List.of(province.code())));
        model.addAttribute("rows", rows);
        model.addAttribute("asOf", day);
        return "task/lights";
    }
}
