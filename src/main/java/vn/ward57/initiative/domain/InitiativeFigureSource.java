package vn.ward57.initiative.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.ward57.figure.Figure.Basis;
import vn.ward57.figure.FigureList;
import vn.ward57.figure.MetricSource;
import vn.ward57.org.Ward;

/** The initiatives submitted (the report's appendix II lists the same ones). */
@Component
class InitiativeFigureSource extends MetricSource {

    private static final FigureList FIGURES = FigureList.of("initiative", "Sáng kiến, giải pháp của các đợt xét")
            .count("INITIATIVES_SUBMITTED", "Số sáng kiến, giải pháp được đề xuất", "Initiatives submitted",
                    Basis.OVER_PERIOD, "Sáng kiến, giải pháp có ngày nộp trong kỳ, mọi đợt xét.");

    private final InitiativeRepository initiatives;

    InitiativeFigureSource(InitiativeRepository initiatives) {
        super(FIGURES);
        this.initiatives = initiatives;
    }

    @Override
    public BigDecimal value(Ward ward, String code, LocalDate from, LocalDate to) {
        return MetricSource.of(initiatives.submitted(ward.id().value(), from, to));
    }
}
