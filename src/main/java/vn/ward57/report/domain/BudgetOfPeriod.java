package vn.ward57.report.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ward57.budget.Category;
import vn.ward57.budget.PeriodBudget;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.report.ReportContent.Appendix;
import vn.ward57.report.ReportContent.Figure;
import vn.ward57.report.ReportContent.Row;

/**
 * The report's budget figures and its finance appendix (Phụ lục XI), per fiscal year the period touches
 * (BudgetFigures#forPeriod: estimates, adjustments decided and payments made by the period's end).
 * {@code budget.<year>.<CAT|TOTAL>.*} for each year; {@code budget.<CAT|TOTAL>.*} repeat the year the period
 * ends in, the year the narrative's "{budget.TOTAL.adjusted}" and the figure names (ReportFigureNames) are
 * about; sums across fiscal years are not figures: a closed year and a running one do not add into a rate.
 */
final class BudgetOfPeriod {

    static final String APPENDIX = "XI";
    private static final String[] MEASURES = {"estimate", "adjusted", "disbursedInPeriod", "disbursed",
            "disbursementRate"};

    private BudgetOfPeriod() {
    }

    static void figures(FigureSet f, List<PeriodBudget> years, LocalDate from, LocalDate to) {
        for (PeriodBudget y : years) {
            boolean last = y.year() == to.getYear();
            List<PeriodBudget.Part> parts = new ArrayList<>(y.categories());
            parts.add(y.total());
            for (PeriodBudget.Part p : parts) {
                put(f, "budget." + y.year() + "." + p.category(), p, y.year(), from, to);
                if (last) {
                    put(f, "budget." + p.category(), p, y.year(), from, to);
                }
            }
        }
    }

    private static void put(FigureSet f, String k, PeriodBudget.Part p, int year, LocalDate from, LocalDate to) {
        String name = (p.category().equals("TOTAL") ? "" : " " + p.category()) + " năm " + year;
        String page = "/budget?year=" + year;
        String asOf = " đến ngày " + VietnameseFormat.date(to);
        f.money(k + ".estimate", "Dự toán" + name, p.estimate(), page)
                .money(k + ".adjusted", "Dự toán sau điều chỉnh" + name + " (điều chỉnh" + asOf + ")", p.adjusted(), page)
                .money(k + ".disbursedInPeriod", "Giải ngân" + name + " trong kỳ (từ " + VietnameseFormat.date(from)
                        + " đến " + VietnameseFormat.date(to) + ")", p.disbursedInPeriod(), page)
                .money(k + ".disbursed", "Đã giải ngân" + name + asOf, p.disbursed(), page)
                .rate(k + ".disbursementRate", "Tỷ lệ giải ngân" + name + asOf, p.disbursementRate(), page);
    }

    /** The generated lines of section VI: one per fiscal year, from the first year of the period to the last. */
    static String[] lines(int firstYear, int lastYear) {
        List<String> lines = new ArrayList<>();
        for (int y = firstYear; y <= lastYear; y++) {
            String k = "{budget." + y + ".TOTAL.";
            lines.add("Năm " + y + ": dự toán " + k + "estimate}, sau điều chỉnh " + k + "adjusted}; giải ngân trong kỳ "
                    + k + "disbursedInPeriod}; đã giải ngân đến thời điểm báo cáo " + k + "disbursed}, đạt "
                    + k + "disbursementRate}.");
        }
        return lines.toArray(String[]::new);
    }

    /** Phụ lục XI: each fiscal year's categories and their sum, cells from the figures so the body agrees. */
    static Appendix appendix(LocalDate from, LocalDate to, Map<String, Figure> f) {
        String asOf = VietnameseFormat.date(to);
        List<Row> rows = new ArrayList<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            rows.add(new Row(List.of("", "Năm " + y, "", "", "", "", ""), true));
            int n = 1;
            for (Category c : Category.values()) {
                rows.add(new Row(cells(String.valueOf(n++), c.label(), "budget." + y + "." + c.name(), f), false));
            }
            rows.add(new Row(cells("", "Cộng năm " + y, "budget." + y + ".TOTAL", f), true));
        }
        return new Appendix(APPENDIX, "Phụ lục " + APPENDIX + ". Kinh phí cho KHCN, ĐMST, CĐS theo năm ngân sách "
                + "(đơn vị: đồng)", true, List.of("STT", "Nội dung", "Dự toán giao", "Dự toán sau điều chỉnh đến " + asOf,
                "Giải ngân trong kỳ (từ " + VietnameseFormat.date(from) + " đến " + asOf + ")",
                "Đã giải ngân đến " + asOf, "Tỷ lệ giải ngân đến " + asOf), rows, null);
    }

    private static List<String> cells(String number, String name, String key, Map<String, Figure> f) {
        List<String> cells = new ArrayList<>(List.of(number, name));
        for (String m : MEASURES) {
            Figure figure = f.get(key + "." + m);
            cells.add(figure == null ? "" : m.equals("disbursementRate") ? figure.text()
                    : VietnameseFormat.count(figure.value().longValue()));
        }
        return cells;
    }
}
