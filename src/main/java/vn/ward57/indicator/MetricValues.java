package vn.ward57.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;
import vn.ward57.dossier.DossierStats;
import vn.ward57.dossier.DossierStatsService;
import vn.ward57.dossier.ProcedureService;
import vn.ward57.org.ResidentialGroupService;
import vn.ward57.org.StaffingService;
import vn.ward57.task.TaskStatsService;

/** The value of a COMPUTED indicator for a period, from the modules that own the records. */
@Component
class MetricValues {

    private final DossierStatsService dossiers;
    private final ProcedureService procedures;
    private final TaskStatsService tasks;
    private final StaffingService staffing;
    private final ResidentialGroupService groups;

    MetricValues(DossierStatsService dossiers, ProcedureService procedures, TaskStatsService tasks,
                 StaffingService staffing, ResidentialGroupService groups) {
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.tasks = tasks;
        this.staffing = staffing;
        this.groups = groups;
    }

    /** Null when the period has nothing to measure (no dossiers, no tasks, no catalogue). */
    BigDecimal value(String wardCode, Metric metric, IsoPeriod period) {
        return switch (metric) {
            case DOSSIER_ONLINE_RATE -> dossierStats(wardCode, period).onlineRate();
            case DOSSIER_ON_TIME_RATE -> dossierStats(wardCode, period).onTimeRate();
            case DOSSIER_DIGITISED_INPUT_RATE -> dossierStats(wardCode, period).digitisedInputRate();
            case DOSSIER_ONLINE_PAYMENT_RATE -> dossierStats(wardCode, period).onlinePaymentRate();
            case PROCEDURES_FULL_ONLINE_SHARE -> {
                var counts = procedures.counts(wardCode);
                yield counts.total() == 0 ? null : BigDecimal.valueOf(counts.full() * 100)
                        .divide(BigDecimal.valueOf(counts.total()), 2, RoundingMode.HALF_UP);
            }
            case TASK_COMPLETION_RATE -> tasks.ward(wardCode, period.end(), TaskStatsService.Scope.all())
                    .completionRate();
            case STAFF_FILLED -> BigDecimal.valueOf(staffing.summary(wardCode, period.year()).filled());
            case RESIDENTIAL_GROUPS -> BigDecimal.valueOf(groups.list(wardCode).size());
        };
    }

    private DossierStats dossierStats(String wardCode, IsoPeriod period) {
        return dossiers.ward(wardCode, new DossierStatsService.Period(period.start(), period.end(), null, null));
    }
}
