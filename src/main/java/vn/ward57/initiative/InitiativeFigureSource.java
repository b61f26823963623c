package vn.ward57.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ward57.figure.Figure.Basis;
import vn.ward57.figure.Figure;
import vn.ward57.figure.MetricSource;
import vn.ward57.org.WardService;

/** The initiatives submitted (the report's appendix II lists the same ones). */
@Component
class InitiativeFigureSource implements MetricSource {

    private static final List<Figure> FIGURES = List.of(
            Figure.count("INITIATIVES_SUBMITTED", "Số sáng kiến, giải pháp được đề xuất", "Initiatives submitted",
                    Basis.OVER_PERIOD, "initiative", "Sáng kiến, giải pháp của các đợt xét",
                    "Sáng kiến, giải pháp có ngày nộp trong kỳ, mọi đợt xét."));

    private final WardService wards;
    private final InitiativeService initiatives;

    InitiativeFigureSource(WardService wards, InitiativeService initiatives) {
        this.wards = wards;
        this.initiatives = initiatives;
    }

    @Override
    public List<Figure> figures() {
        return FIGURES;
    }

    @Override
    public BigDecimal value(String wardCode, String code, LocalDate from, LocalDate to) {
        // MetricSource (module figure) names the ward by its code
        return MetricSource.of(initiatives.submitted(wards.get(wardCode), from, to));
    }
}
