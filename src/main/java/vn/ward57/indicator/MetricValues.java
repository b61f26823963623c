package vn.ward57.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.ward57.asset.AssetFigures;
import vn.ward57.budget.BudgetFigures;
import vn.ward57.common.WardTime;
import vn.ward57.community.CommunityFigures;
import vn.ward57.dossier.DossierStats;
import vn.ward57.dossier.DossierStatsService;
import vn.ward57.dossier.ProcedureService;
import vn.ward57.org.ResidentialGroupService;
import vn.ward57.org.StaffingService;
import vn.ward57.people.TrainingFigures;
import vn.ward57.task.TaskStatsService;

/** The value of a COMPUTED indicator for a period, from the modules that own the records. */
@Component
class MetricValues {

    private final DossierStatsService dossiers;
    private final ProcedureService procedures;
    private final TaskStatsService tasks;
    private final StaffingService staffing;
    private final ResidentialGroupService groups;
    private final Registers registers;

    /** The registers of issue 6, together so the constructor stays readable. */
    record Registers(TrainingFigures training, CommunityFigures community, AssetFigures assets, BudgetFigures budget) {
    }

    MetricValues(DossierStatsService dossiers, ProcedureService procedures, TaskStatsService tasks,
                 StaffingService staffing, ResidentialGroupService groups, TrainingFigures training,
                 CommunityFigures community, AssetFigures assets, BudgetFigures budget) {
        this.registers = new Registers(training, community, assets, budget);
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
            default -> register(wardCode, metric, period);
        };
    }

    private BigDecimal register(String wardCode, Metric metric, IsoPeriod period) {
        return switch (metric) {
            case STAFF_TRAINED -> BigDecimal.valueOf(registers.training().staffTrained(wardCode, period.end()).trained());
            case STAFF_TRAINED_SHARE -> registers.training().staffTrained(wardCode, period.end()).share();
            case TRAINING_PARTICIPANTS -> BigDecimal.valueOf(
                    registers.training().training(wardCode, period.start(), period.end()).participants());
            case COMMUNITY_TEAMS -> BigDecimal.valueOf(registers.community().teams(wardCode, period.end()));
            case COMMUNITY_TEAM_MEMBERS -> BigDecimal.valueOf(registers.community().members(wardCode, period.end()));
            case RESIDENTS_HELPED -> BigDecimal.valueOf(
                    registers.community().residentsHelped(wardCode, period.start(), period.end()));
            case DIGITAL_GROUPS -> BigDecimal.valueOf(registers.community().digitalGroups(wardCode, period.code()).meeting());
            case CAMERA_GROUP_SHARE -> cameraShare(wardCode, period);
            case CERTIFICATES_FOR_BODIES -> BigDecimal.valueOf(registers.assets().issued(wardCode, "DIGITAL_CERTIFICATE",
                    "BODY", period.start(), period.end()));
            case CERTIFICATES_FOR_PEOPLE -> BigDecimal.valueOf(registers.assets().issued(wardCode, "DIGITAL_CERTIFICATE",
                    "PERSON", period.start(), period.end()));
            case BUDGET_DISBURSEMENT_RATE -> registers.budget().disbursementRate(wardCode, period.year(), period.end());
            default -> throw new IllegalArgumentException("not a register metric: " + metric);
        };
    }

    /**
     * The cameras standing on the period's last day (today for a period not yet over). A camera without an
     * installation date could have come after a past period, so a period already over has a figure only
     * when every camera has its dates.
     */
    private BigDecimal cameraShare(String wardCode, IsoPeriod period) {
        LocalDate today = WardTime.today();
        LocalDate day = period.end().isBefore(today) ? period.end() : today;
        var cameras = registers.assets().cameras(wardCode, day);
        if (period.end().isBefore(today) && !cameras.dated()) {
            return null;
        }
        return cameras.groups() == 0 ? null : BigDecimal.valueOf(cameras.groupsCovered() * 100)
                .divide(BigDecimal.valueOf(cameras.groups()), 2, RoundingMode.HALF_UP);
    }

    private DossierStats dossierStats(String wardCode, IsoPeriod period) {
        return dossiers.ward(wardCode, new DossierStatsService.Period(period.start(), period.end(), null, null));
    }
}
