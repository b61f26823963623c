package vn.ward57.task.domain;

import static vn.ward57.figure.MetricSource.of;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ward57.figure.Figure.Basis;
import vn.ward57.figure.FigureList;
import vn.ward57.figure.MetricSource;
import vn.ward57.org.Ward;
import vn.ward57.task.TaskStats;
import vn.ward57.task.TaskStatsService;

/** The task figures as of the period's last day (issue 4's definitions, by {@link TaskStatsService}). */
@Component
class TaskFigureSource extends MetricSource.OneRead {

    private static final FigureList FIGURES = FigureList.of("task", "Nhiệm vụ được giao theo văn bản chỉ đạo")
            .count("TASKS_ASSIGNED", "Số nhiệm vụ được giao", "Tasks assigned", Basis.AS_OF_END,
                    "Nhiệm vụ của các văn bản chỉ đạo đã giao đến ngày cuối kỳ.")
            .count("TASKS_DONE", "Số nhiệm vụ đã hoàn thành", "Tasks done", Basis.AS_OF_END,
                    "Nhiệm vụ hoàn thành đúng hạn hoặc quá hạn đến ngày cuối kỳ.")
            .count("TASKS_DONE_LATE", "Số nhiệm vụ hoàn thành quá hạn", "Tasks done late", Basis.AS_OF_END,
                    "Nhiệm vụ hoàn thành sau hạn, đến ngày cuối kỳ.")
            .count("TASKS_OVERDUE", "Số nhiệm vụ quá hạn chưa hoàn thành", "Tasks overdue, not done",
                    Basis.AS_OF_END, "Nhiệm vụ chưa hoàn thành có hạn trước ngày cuối kỳ.")
            .percent("TASK_COMPLETION_RATE", "Tỷ lệ nhiệm vụ được giao đã hoàn thành", "Task completion rate",
                    Basis.AS_OF_END, "Nhiệm vụ đã hoàn thành × 100 / nhiệm vụ được giao.");

    private final TaskStatsService stats;

    TaskFigureSource(TaskStatsService stats) {
        super(FIGURES);
        this.stats = stats;
    }

    @Override
    public Map<String, BigDecimal> values(Ward ward, LocalDate from, LocalDate to) {
        TaskStats s = stats.ward(ward, to, TaskStatsService.Scope.all());
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("TASKS_ASSIGNED", of(s.assigned()));
        values.put("TASKS_DONE", of(s.doneOnTime() + s.doneLate()));
        values.put("TASKS_DONE_LATE", of(s.doneLate()));
        values.put("TASKS_OVERDUE", of(s.overdueNotDone()));
        values.put("TASK_COMPLETION_RATE", s.completionRate());
        return values;
    }
}
