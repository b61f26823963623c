package vn.ward57.budget.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ward57.budget.BudgetFigures;
import vn.ward57.budget.PeriodBudget;
import vn.ward57.figure.Figure.Basis;
import vn.ward57.figure.FigureList;
import vn.ward57.figure.MetricSource;
import vn.ward57.org.Ward;

/**
 * The budget of the fiscal year the period ends in, as of its end, and what was paid within the period over
 * every fiscal year it touches ({@link BudgetFigures#forPeriod}: the report's section VI reads the same).
 */
@Component
class BudgetFigureSource extends MetricSource.OneRead {

    private static final String LINES = "Dự toán, điều chỉnh và giải ngân kinh phí KHCN, ĐMST, CĐS";

    private static final FigureList FIGURES = FigureList.of("budget", LINES)
            .amount("BUDGET_ESTIMATE", "Dự toán kinh phí KHCN, ĐMST, CĐS năm", "Budget estimate of the year",
                    Basis.AS_OF_END, "Tổng dự toán các dòng kinh phí của năm ngân sách chứa ngày cuối kỳ.")
            .amount("BUDGET_ADJUSTED", "Dự toán sau điều chỉnh", "Adjusted estimate", Basis.AS_OF_END,
                    "Dự toán cộng các điều chỉnh quyết định đến ngày cuối kỳ.")
            .amount("BUDGET_DISBURSED_IN_PERIOD", "Kinh phí giải ngân trong kỳ", "Disbursed in the period",
                    Basis.OVER_PERIOD, "Các khoản giải ngân có ngày trong kỳ, mọi năm ngân sách của kỳ.")
            .amount("BUDGET_DISBURSED", "Kinh phí đã giải ngân đến thời điểm báo cáo", "Disbursed to date",
                    Basis.AS_OF_END, "Giải ngân của năm ngân sách chứa ngày cuối kỳ, đến ngày đó.")
            .percent("BUDGET_DISBURSEMENT_RATE", "Tỷ lệ giải ngân kinh phí KHCN, ĐMST, CĐS", "Disbursement rate",
                    Basis.AS_OF_END, "Đã giải ngân đến ngày cuối kỳ × 100 / dự toán sau điều chỉnh.");

    private final BudgetFigures budget;

    BudgetFigureSource(BudgetFigures budget) {
        super(FIGURES);
        this.budget = budget;
    }

    @Override
    public Map<String, BigDecimal> values(Ward ward, LocalDate from, LocalDate to) {
        List<PeriodBudget> years = budget.forPeriod(ward, from, to);
        PeriodBudget.Part last = years.stream().filter(y -> y.year() == to.getYear()).findFirst()
                .map(PeriodBudget::total).orElse(new PeriodBudget.Part("TOTAL", 0, 0, 0, 0, null));
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("BUDGET_ESTIMATE", MetricSource.of(last.estimate()));
        values.put("BUDGET_ADJUSTED", MetricSource.of(last.adjusted()));
        values.put("BUDGET_DISBURSED_IN_PERIOD",
                MetricSource.of(years.stream().mapToLong(y -> y.total().disbursedInPeriod()).sum()));
        values.put("BUDGET_DISBURSED", MetricSource.of(last.disbursed()));
        values.put("BUDGET_DISBURSEMENT_RATE", last.disbursementRate());
        return values;
    }
}
