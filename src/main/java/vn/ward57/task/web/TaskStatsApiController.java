package vn.ward57.task.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.common.WardTime;
import vn.ward57.org.Province;
import vn.ward57.org.Ward;
import vn.ward57.task.TaskStats;
import vn.ward57.task.TaskStatsService;
import vn.ward57.task.TaskStatsService.Row;
import vn.ward57.task.domain.TaskStatsRepository.GroupBy;

@RestController
@Tag(name = "Thống kê nhiệm vụ", description = "Task figures and the traffic light as of a date (issue 4)")
class TaskStatsApiController {

    private final TaskStatsService stats;

    TaskStatsApiController(TaskStatsService stats) {
        this.stats = stats;
    }

    @GetMapping("/api/v1/wards/{wardCode}/task-stats")
    TaskStats ward(Ward ward,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                   @RequestParam(required = false) Long directive, @RequestParam(required = false) String phase,
                   @RequestParam(required = false) String unit) {
        return stats.ward(ward, day(asOf), new TaskStatsService.Scope(directive, phase, unit));
    }

    /** The figures and light of each directive (key: its id), phase, or lead unit (key: its code). */
    @GetMapping("/api/v1/wards/{wardCode}/task-stats/by-{group}")
    List<Row> breakdown(Ward ward, @PathVariable Group group,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return stats.breakdown(ward, day(asOf), group.by);
    }

    /** Every ward of the province with its figures and light (province admins). */
    @GetMapping("/api/v1/provinces/{provinceCode}/task-stats")
    List<Row> province(Province province,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return stats.province(province, day(asOf));
    }

    enum Group {
        directive(GroupBy.DIRECTIVE), phase(GroupBy.PHASE), unit(GroupBy.UNIT);

        private final GroupBy by;

        Group(GroupBy by) {
            this.by = by;
        }
    }

    private static LocalDate day(LocalDate asOf) {
        return asOf == null ? WardTime.today() : asOf;
    }
}
