package vn.ward57.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ward57.figure.Figure.Basis;
import vn.ward57.figure.Figure;
import vn.ward57.figure.MetricSource;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/** The staff list and the training register ({@link TrainingFigures}). */
@Component
class TrainingFigureSource implements MetricSource {

    private static final String OWNER = "people";
    private static final String REGISTER = "Danh sách cán bộ và sổ tập huấn, bồi dưỡng";

    private static final List<Figure> FIGURES = List.of(
            Figure.count("STAFF_TRAINED", "Số cán bộ, công chức đã được bồi dưỡng kỹ năng số",
                    "Staff trained in digital skills", Basis.AS_OF_END, OWNER, REGISTER,
                    "Cán bộ đang công tác tại ngày cuối kỳ đã dự ít nhất một lớp kỹ năng số đến ngày đó."),
            Figure.percent("STAFF_TRAINED_SHARE", "Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số",
                    "Share of staff trained in digital skills", Basis.AS_OF_END, OWNER, REGISTER,
                    "Cán bộ đã được bồi dưỡng × 100 / cán bộ đang công tác tại ngày cuối kỳ."),
            Figure.count("TRAINING_EVENTS", "Số lớp tập huấn, bồi dưỡng", "Training events", Basis.OVER_PERIOD,
                    OWNER, REGISTER, "Lớp tập huấn, bồi dưỡng tổ chức trong kỳ."),
            Figure.count("TRAINING_PARTICIPANTS", "Số lượt người tham gia tập huấn, bồi dưỡng",
                    "Training participants", Basis.OVER_PERIOD, OWNER, REGISTER,
                    "Lượt người dự các lớp tổ chức trong kỳ, mọi đối tượng."));

    private final WardService wards;
    private final TrainingFigures training;

    TrainingFigureSource(WardService wards, TrainingFigures training) {
        this.wards = wards;
        this.training = training;
    }

    @Override
    public List<Figure> figures() {
        return FIGURES;
    }

    @Override
    public BigDecimal value(String wardCode, String code, LocalDate from, LocalDate to) {
        Ward ward = wards.get(wardCode);  // the figure module asks by code: read-checked here
        return switch (code) {
            case "STAFF_TRAINED" -> MetricSource.of(training.staffTrained(ward, to).trained());
            case "STAFF_TRAINED_SHARE" -> training.staffTrained(ward, to).share();
            case "TRAINING_EVENTS" -> MetricSource.of(training.training(ward, from, to).events());
            case "TRAINING_PARTICIPANTS" -> MetricSource.of(training.training(ward, from, to).participants());
            default -> throw new IllegalArgumentException(code);
        };
    }
}
