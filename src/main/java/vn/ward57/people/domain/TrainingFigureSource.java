package vn.ward57.people.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.ward57.figure.Figure.Basis;
import vn.ward57.figure.FigureList;
import vn.ward57.figure.MetricSource;
import vn.ward57.org.Ward;
import vn.ward57.people.TrainingFigures;

/** The staff list and the training register ({@link TrainingFigures}). */
@Component
class TrainingFigureSource extends MetricSource {

    private static final String REGISTER = "Danh sách cán bộ và sổ tập huấn, bồi dưỡng";

    private static final FigureList FIGURES = FigureList.of("people", REGISTER)
            .count("STAFF_TRAINED", "Số cán bộ, công chức đã được bồi dưỡng kỹ năng số",
                    "Staff trained in digital skills", Basis.AS_OF_END,
                    "Cán bộ đang công tác tại ngày cuối kỳ đã dự ít nhất một lớp kỹ năng số đến ngày đó.")
            .percent("STAFF_TRAINED_SHARE", "Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số",
                    "Share of staff trained in digital skills", Basis.AS_OF_END,
                    "Cán bộ đã được bồi dưỡng × 100 / cán bộ đang công tác tại ngày cuối kỳ.")
            .count("TRAINING_EVENTS", "Số lớp tập huấn, bồi dưỡng", "Training events", Basis.OVER_PERIOD,
                    "Lớp tập huấn, bồi dưỡng tổ chức trong kỳ.")
            .count("TRAINING_PARTICIPANTS", "Số lượt người tham gia tập huấn, bồi dưỡng",
                    "Training participants", Basis.OVER_PERIOD,
                    "Lượt người dự các lớp tổ chức trong kỳ, mọi đối tượng.");

    private final TrainingFigures training;

    TrainingFigureSource(TrainingFigures training) {
        super(FIGURES);
        this.training = training;
    }

    @Override
    public BigDecimal value(Ward ward, String code, LocalDate from, LocalDate to) {
        return switch (code) {
            case "STAFF_TRAINED" -> MetricSource.of(training.staffTrained(ward, to).trained());
            case "STAFF_TRAINED_SHARE" -> training.staffTrained(ward, to).share();
            case "TRAINING_EVENTS" -> MetricSource.of(training.training(ward, from, to).events());
            case "TRAINING_PARTICIPANTS" -> MetricSource.of(training.training(ward, from, to).participants());
            default -> throw new IllegalArgumentException(code);
        };
    }
}
