package vn.ward57.report.domain;

import vn.ward57.report.ReportContent;
import vn.ward57.report.CheckProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * An appendix's "Tổng cộng" row states the report's figure; its other rows come from a breakdown (by
 * category, by unit, by level). Each count column must add up to the total, or the report contradicts itself.
 */
final class AppendixTotals {

    private AppendixTotals() {
    }

    static List<CheckProblem> check(List<ReportContent.Appendix> appendices) {
        List<CheckProblem> problems = new ArrayList<>();
        for (ReportContent.Appendix a : appendices) {
            ReportContent.Row total = a.rows().stream()
                    .filter(r -> r.group() && r.cells().size() > 1 && r.cells().get(1).equals("Tổng cộng"))
                    .findFirst().orElse(null);
            if (total == null) {
                continue;
            }
            List<ReportContent.Row> parts = a.rows().stream().filter(r -> !r.group()).toList();
            for (int c = 2; c < total.cells().size(); c++) {
                OptionalLong stated = number(total.cells().get(c));
                if (stated.isEmpty()) {
                    continue;
                }
                long sum = 0;
                for (ReportContent.Row r : parts) {
                    sum += c < r.cells().size() ? number(r.cells().get(c)).orElse(0) : 0;
                }
                if (sum != stated.getAsLong()) {
                    problems.add(new CheckProblem("APPENDIX_TOTAL", CheckProblem.Severity.HIGH,
                            "%s: cột “%s” cộng các dòng được %s nhưng dòng Tổng cộng ghi %s.".formatted(a.title(),
                                    a.columns().get(c), vn.ward57.common.VietnameseFormat.count(sum), total.cells().get(c)),
                            null));
                }
            }
        }
        return problems;
    }

    /** "1.234" → 1234; empty when the cell is not a whole count. */
    static OptionalLong number(String cell) {
        String s = cell == null ? "" : cell.strip();
        if (!s.matches("-?\\d{1,3}(\\.\\d{3})*|-?\\d+")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(s.replace(".", "")));
    }
}
