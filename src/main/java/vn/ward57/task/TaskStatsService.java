package vn.ward57.task;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Province;
import vn.ward57.org.Ward;
import vn.ward57.task.TaskStats.Light;
import vn.ward57.task.domain.TaskStatsRepository.Counts;
import vn.ward57.task.domain.TaskStatsRepository.GroupBy;
import vn.ward57.task.domain.TaskStatsRepository;
import vn.ward57.task.domain.UnitCodes;

/**
 * The task figures and traffic lights as of a date: for the ward, by directive, phase or unit, by ward. The
 * ward or province comes read-checked from whoever resolved it (a Ward or Province parameter).
 */
@Service
@Transactional(readOnly = true)
public class TaskStatsService {

    private final OrgLookup org;
    private final TaskStatsRepository repository;

    TaskStatsService(OrgLookup org, TaskStatsRepository repository) {
        this.org = org;
        this.repository = repository;
    }

    /** Narrowing of the figures; nulls do not narrow. unit: the lead unit's code. */
    public record Scope(Long directive, String phase, String unit) {

        public static Scope all() {
            return new Scope(null, null, null);
        }
    }

    /** One row of a breakdown: its key (directive id, phase, unit code or ward code) and figures. */
    @Schema(name = "TaskStatsRow")
    public record Row(String key, TaskStats stats) {
    }

    public TaskStats ward(Ward ward, LocalDate asOf, Scope scope) {
        Long unit = UnitCodes.of(org, ward).id(scope.unit(), "unit");
        return repository.counts(List.of(ward.id().value()), asOf, scope.directive(), scope.phase(), unit, GroupBy.NONE)
                .stream().findFirst().map(TaskStatsService::stats).orElseGet(TaskStatsService::empty);
    }

    /** The ward's figures by directive (key: id), phase or lead unit (key: unit code; "" for none). */
    public List<Row> breakdown(Ward ward, LocalDate asOf, GroupBy by) {
        UnitCodes units = UnitCodes.of(org, ward);
        Function<String, String> key = by == GroupBy.UNIT
                ? k -> k.isEmpty() ? "" : units.code(Long.valueOf(k)) : Function.identity();
        return repository.counts(List.of(ward.id().value()), asOf, null, null, null, by).stream()
                .map(c -> new Row(key.apply(c.groupKey()), stats(c))).toList();
    }

    /** The ward's figures by lead unit (key: unit code; "" for none), for modules that cannot name GroupBy. */
    public List<Row> byUnit(Ward ward, LocalDate asOf) {
        return breakdown(ward, asOf, GroupBy.UNIT);
    }

    /** Every ward of a province with its figures and light (wards without tasks are GREEN with none assigned). */
    public List<Row> province(Province province, LocalDate asOf) {
        List<Ward> inProvince = org.wardsOf(List.of(province.code()));
        Map<String, TaskStats> byWardId = repository.counts(inProvince.stream().map(w -> w.id().value()).toList(),
                asOf, null, null, null, GroupBy.WARD).stream()
                .collect(Collectors.toMap(Counts::groupKey, TaskStatsService::stats));
        return inProvince.stream().map(w -> new Row(w.code(),
                byWardId.getOrDefault(String.valueOf(w.id().value()), empty()))).toList();
    }

    static TaskStats stats(Counts c) {
        Light light = c.overdue() > 0 ? Light.RED
                : c.doneLate() > 0 || c.dueSoon() > 0 ? Light.YELLOW : Light.GREEN;
        BigDecimal rate = c.assigned() == 0 ? null
                : BigDecimal.valueOf(c.doneOnTime() + c.doneLate()).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(c.assigned()), 2, RoundingMode.HALF_UP);
        return new TaskStats(c.assigned(), c.doneOnTime(), c.doneLate(), c.inProgress(), c.overdue(), rate, light);
    }

    static TaskStats empty() {
        return stats(new Counts("", 0, 0, 0, 0, 0, 0));
    }
}
