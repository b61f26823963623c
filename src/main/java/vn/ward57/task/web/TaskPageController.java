package vn.ward57.task.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ward57.common.WardTime;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.Htmx;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;
import vn.ward57.task.DirectiveService;
import vn.ward57.task.Task;
import vn.ward57.task.TaskService;
import vn.ward57.task.TaskStatsService;
import vn.ward57.task.TaskStatus;
import vn.ward57.task.domain.TaskStatsRepository.GroupBy;

/** The task board with the figures as of a chosen date, a task with its timeline, the province's lights. */
@Controller
class TaskPageController {

    private final WardService wards;
    private final OrgLookup org;
    private final TaskService tasks;
    private final TaskStatsService stats;
    private final DirectiveService directives;

    TaskPageController(WardService wards, OrgLookup org, TaskService tasks, TaskStatsService stats,
                       DirectiveService directives) {
        this.wards = wards;
        this.org = org;
        this.tasks = tasks;
        this.stats = stats;
        this.directives = directives;
    }

    /** The board; an htmx request for other filters gets the board fragment only. */
    @GetMapping("/wards/{wardCode}/tasks")
    String board(@PathVariable String wardCode,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                 @RequestParam(required = false) String unit, @RequestParam(required = false) String phase,
                 @RequestParam(required = false) TaskStatus status, @RequestParam(required = false) Long directive,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy,
                 Model model, HttpServletRequest request) {
        Ward ward = wards.get(wardCode);
        LocalDate day = asOf == null ? WardTime.today() : asOf;
        String unitCode = blankToNull(unit);
        String phaseName = blankToNull(phase);
        model.addAttribute("ward", ward);
        model.addAttribute("asOf", day);
        model.addAttribute("filter", new TaskService.Filter(directive, null, phaseName, unitCode, status, dueBy));
        model.addAttribute("tasks", tasks.list(wardCode, day,
                new TaskService.Filter(directive, null, phaseName, unitCode, status, dueBy)));
        model.addAttribute("stats", stats.ward(wardCode, day, new TaskStatsService.Scope(directive, phaseName, unitCode)));
        model.addAttribute("byUnit", stats.breakdown(wardCode, day, GroupBy.UNIT));
        model.addAttribute("byPhase", stats.breakdown(wardCode, day, GroupBy.PHASE));
        model.addAttribute("units", org.units(ward.id()));
        model.addAttribute("phases", tasks.phases(wardCode));
        model.addAttribute("directives", directives.list(wardCode));
        model.addAttribute("statuses", TaskStatus.values());
        return Htmx.view(request, "task/tasks", "board");
    }

    @GetMapping("/tasks/{taskId}")
    String task(@PathVariable long taskId, Model model) {
        Task task = tasks.get(taskId);
        Ward ward = wards.get(task.wardCode());
        var actor = CurrentActor.get();
        model.addAttribute("ward", ward);
        model.addAttribute("task", task);
        model.addAttribute("history", tasks.history(taskId));
        model.addAttribute("units", org.units(ward.id()));
        model.addAttribute("canAct", task.leadUnit() == null
                ? actor.canEnterData(ward.provinceCode(), ward.code())
                : actor.canEditUnit(ward.provinceCode(), ward.code(), task.leadUnit()));
        model.addAttribute("canDirect", actor.canDirectWard(ward.provinceCode(), ward.code()));
        model.addAttribute("today", WardTime.today());
        return "task/task";
    }

    /** Every ward of the province with its figures and light as of a date (province admins). */
    @GetMapping("/provinces/{provinceCode}/task-lights")
    String province(@PathVariable String provinceCode,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                    Model model) {
        LocalDate day = asOf == null ? WardTime.today() : asOf;
        List<TaskStatsService.Row> rows = stats.province(provinceCode, day);
        model.addAttribute("province", org.province(provinceCode).orElseThrow());
        model.addAttribute("wards", org.wardsOf(List.of(provinceCode)));
        model.addAttribute("rows", rows);
        model.addAttribute("asOf", day);
        return "task/lights";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
