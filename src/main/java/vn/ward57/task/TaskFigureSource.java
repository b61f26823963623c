package vn.ward57.task;

import static vn.ward57.figure.MetricSource.of;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ward57.figure.Figure;
import vn.ward57.figure.Figure.Basis;
import vn.ward57.figure.MetricSource;
import vn.ward57.org.WardService;

/** The task figures as of the period's last day (issue 4's definitions, by {@link TaskStatsService}). */
@Component
class TaskFigureSource implements MetricSource {

    private static final String OWNER = "task";
    private static final String TASKS = "Nhiệm vụ được giao theo văn bản chỉ đạo";

    private static final List<Figure> FIGURES = List.of(
            Figure.count("TASKS_ASSIGNED", "Số nhiệm vụ được giao", "Tasks assigned", Basis.AS_OF_END, OWNER, TASKS,
                    "Nhiệm vụ của các văn bản chỉ đạo đã giao đến ngày cuối kỳ."),
            Figure.count("TASKS_DONE", "Số nhiệm vụ đã hoàn thành", "Tasks done", Basis.AS_OF_END, OWNER, TASKS,
                    "Nhiệm vụ hoàn thành đúng hạn hoặc quá hạn đến ngày cuối kỳ."),
            Figure.count("TASKS_DONE_LATE", "Số nhiệm vụ hoàn thành quá hạn", "Tasks done late", Basis.AS_OF_END,
                    OWNER, TASKS, "Nhiệm vụ hoàn thành sau hạn, đến ngày cuối kỳ."),
            Figure.count("TASKS_OVERDUE", "Số nhiệm vụ quá hạn chưa hoàn thành", "Tasks overdue, not done",
                    Basis.AS_OF_END, OWNER, TASKS, "Nhiệm vụ chưa hoàn thành có hạn trước ngày cuối kỳ."),
            Figure.percent("TASK_COMPLETION_RATE", "Tỷ lệ nhiệm vụ được giao đã hoàn thành", "Task completion rate",
                    Basis.AS_OF_END, OWNER, TASKS, "Nhiệm vụ đã hoàn thành × 100 / nhiệm vụ được giao."));

    private final WardService wards;
    private final TaskStatsService stats;

    TaskFigureSource(WardService wards, TaskStatsService stats) {
        this.wards = wards;
        this.stats = stats;
    }

    @Override
    public List<Figure> figures() {
        return FIGURES;
    }

    @Override
    public BigDecimal value(String wardCode, String code, LocalDate from, LocalDate to) {
        return values(wardCode, from, to).get(code);
    }

    @Override
    public Map<String, BigDecimal> values(String wardCode, LocalDate from, LocalDate to) {
        // MetricSource (module figure) names the ward by its code
        TaskStats s = stats.ward(wards.get(wardCode), to, TaskStatsService.Scope.all());
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("TASKS_ASSIGNED", of(s.assigned()));
        values.put("TASKS_DONE", of(s.doneOnTime() + s.doneLate()));
        values.put("TASKS_DONE_LATE", of(s.doneLate()));
        values.put("TASKS_OVERDUE", of(s.overdueNotDone()));
        values.put("TASK_COMPLETION_RATE", s.completionRate());
        return values;
    }
}
