package vn.ward57.report.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.ward57.budget.BudgetFigures;
import vn.ward57.budget.BudgetLine;
import vn.ward57.budget.BudgetLineService;
import vn.ward57.budget.Category;
import vn.ward57.budget.CategorySummary;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.indicator.IndicatorValueService;
import vn.ward57.indicator.IndicatorView;
import vn.ward57.org.Ward;
import vn.ward57.report.ReportContent.Appendix;
import vn.ward57.report.ReportContent.Row;

/**
 * The tables of the plan and budget estimate (seed 003): the plan's targets from the indicator catalogue,
 * and the next year's estimate by category and line from the budget register.
 */
@Component
class PlanAppendices {

    private final IndicatorValueService indicators;
    private final BudgetLineService budget;
    private final BudgetFigures budgetFigures;

    PlanAppendices(IndicatorValueService indicators, BudgetLineService budget, BudgetFigures budgetFigures) {
        this.indicators = indicators;
        this.budget = budget;
        this.budgetFigures = budgetFigures;
    }

    /** @param year the year assessed; the plan is for the year after */
    List<Appendix> build(Ward ward, int year, FigureSet figures) {
        return List.of(targets(ward, year), estimate(ward, year + 1, figures));
    }

    private Appendix targets(Ward ward, int year) {
        Map<String, IndicatorView> now = indicators.all(ward, String.valueOf(year)).stream()
                .collect(Collectors.toMap(IndicatorView::code, Function.identity()));
        List<Row> rows = new ArrayList<>();
        for (IndicatorView next : indicators.all(ward, String.valueOf(year + 1))) {
            IndicatorView current = now.get(next.code());
            rows.add(Row.of(String.valueOf(rows.size() + 1), next.name(), unit(next),
                    current == null ? "" : value(current, current.value()), value(next, next.target()),
                    next.targetYear() == null ? "" : String.valueOf(next.targetYear())));
        }
        return new Appendix("I", "Phụ lục I. Các chỉ tiêu kế hoạch năm " + (year + 1), true,
                List.of("STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm " + year, "Mục tiêu", "Năm của mục tiêu"),
                rows, "Chưa có chỉ tiêu nào trong danh mục của phường.");
    }

    private Appendix estimate(Ward ward, int year, FigureSet figures) {
        List<BudgetLine> lines = budget.list(ward, new BudgetLine.Filter(year, null, null));
        // the category totals are the register's own aggregate (the same the budget page shows)
        Map<String, CategorySummary> sums = budgetFigures.summary(ward, year).stream()
                .collect(Collectors.toMap(CategorySummary::category, Function.identity()));
        List<Row> rows = new ArrayList<>();
        long total = 0;
        for (Category category : Category.values()) {
            List<BudgetLine> of = lines.stream().filter(l -> l.category() == category).toList();
            CategorySummary summary = sums.get(category.name());
            long sum = summary == null ? 0 : summary.estimate();
            total += sum;
            figures.money("budget.next." + category.name() + ".estimate",
                    "Dự toán " + category.label() + " năm " + year, sum, "/budget?year=" + year);
            rows.add(new Row(List.of(category.name(), category.label(), "", VietnameseFormat.count(sum)), true));
            int n = 1;
            for (BudgetLine l : of) {
                rows.add(Row.of(String.valueOf(n++), l.name(), l.fundingSource() == null ? "" : l.fundingSource(),
                        VietnameseFormat.count(l.estimate())));
            }
        }
        rows.add(new Row(List.of("", "Tổng cộng", "", VietnameseFormat.count(total)), true));
        figures.money("budget.next.TOTAL.estimate", "Dự toán năm " + year, total, "/budget?year=" + year);
        return new Appendix("II", "Phụ lục II. Dự toán ngân sách KHCN, ĐMST, CĐS năm " + year + " (đơn vị: đồng)", false,
                List.of("STT", "Nội dung", "Nguồn kinh phí", "Dự toán"), lines.isEmpty() ? List.of() : rows,
                "Chưa lập dự toán năm " + year + " (Sổ theo dõi → Ngân sách → Lập dự toán năm sau).");
    }

    private static String unit(IndicatorView v) {
        return switch (v.unit()) {
            case PERCENT -> "%";
            case COUNT -> "Số lượng";
            case VND -> "Đồng";
            case NUMBER -> "";
        };
    }

    private static String value(IndicatorView v, java.math.BigDecimal value) {
        if (value == null) {
            return "";
        }
        return v.unit() == vn.ward57.indicator.Indicator.Unit.PERCENT ? VietnameseFormat.percent(value)
                : VietnameseFormat.count(value);
    }
}
