package vn.ward57.budget;

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

/**
 * The budget of the fiscal year the period ends in, as of its end, and what was paid within the period over
 * every fiscal year it touches ({@link BudgetFigures#forPeriod}: the report's section VI reads the same).
 */
@Component
class BudgetFigureSource implements MetricSource {

    private static final String OWNER = "budget";
    private static final String LINES = "Dự toán, điều chỉnh và giải ngân kinh phí KHCN, ĐMST, CĐS";

    private static final List<Figure> FIGURES = List.of(
            Figure.amount("BUDGET_ESTIMATE", "Dự toán kinh phí KHCN, ĐMST, CĐS năm", "Budget estimate of the year",
                    Basis.AS_OF_END, OWNER, LINES, "Tổng dự toán các dòng kinh phí của năm ngân sách chứa ngày cuối kỳ."),
            Figure.amount("BUDGET_ADJUSTED", "Dự toán sau điều chỉnh", "Adjusted estimate", Basis.AS_OF_END, OWNER,
                    LINES, "Dự toán cộng các điều chỉnh quyết định đến ngày cuối kỳ."),
            Figure.amount("BUDGET_DISBURSED_IN_PERIOD", "Kinh phí giải ngân trong kỳ", "Disbursed in the period",
                    Basis.OVER_PERIOD, OWNER, LINES, "Các khoản giải ngân có ngày trong kỳ, mọi năm ngân sách của kỳ."),
            Figure.amount("BUDGET_DISBURSED", "Kinh phí đã giải ngân đến thời điểm báo cáo", "Disbursed to date",
                    Basis.AS_OF_END, OWNER, LINES, "Giải ngân của năm ngân sách chứa ngày cuối kỳ, đến ngày đó."),
            Figure.percent("BUDGET_DISBURSEMENT_RATE", "Tỷ lệ giải ngân kinh phí KHCN, ĐMST, CĐS", "Disbursement rate",
                    Basis.AS_OF_END, OWNER, LINES, "Đã giải ngân đến ngày cuối kỳ × 100 / dự toán sau điều chỉnh."));

    private final WardService wards;
    private final BudgetFigures budget;

    BudgetFigureSource(WardService wards, BudgetFigures budget) {
        this.wards = wards;
        this.budget = budget;
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
        List<PeriodBudget> years = budget.forPeriod(wards.get(wardCode), from, to);
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
