package vn.ward57.report.domain;

import vn.ward57.report.ReportContent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ward57.common.VietnameseFormat;

/** Collects a report's figures by key, each written the way the report prints it. */
final class FigureSet {

    private final Map<String, ReportContent.Figure> figures = new LinkedHashMap<>();
    private final String wardCode;

    FigureSet(String wardCode) {
        this.wardCode = wardCode;
    }

    /** A count: "12.456". */
    FigureSet count(String key, String label, long value, String page) {
        return put(key, label, BigDecimal.valueOf(value), VietnameseFormat.count(value), page);
    }

    /** A percentage with two decimals: "98,70%"; "–" when there was nothing to divide by. */
    FigureSet rate(String key, String label, BigDecimal value, String page) {
        return put(key, label, value, VietnameseFormat.percent(value), page);
    }

    /** Exact đồng: "1.056.000.000 đồng". */
    FigureSet money(String key, String label, long value, String page) {
        return put(key, label, BigDecimal.valueOf(value), VietnameseFormat.dong(value), page);
    }

    /**
     * Marks a figure already set: its text gains the mark after the value (null: text unchanged), its
     * label the reason (as of the period, issue 20: a figure of records without dates).
     */
    FigureSet marked(String key, String mark, String reason) {
        ReportContent.Figure f = figures.get(key);
        if (f != null) {
            figures.put(key, new ReportContent.Figure(key, f.label() + reason, f.value(),
                    mark == null ? f.text() : f.text() + " " + mark, f.link()));
        }
        return this;
    }

    private FigureSet put(String key, String label, BigDecimal value, String text, String page) {
        String link = page == null ? null : "/wards/" + wardCode + page;
        figures.put(key, new ReportContent.Figure(key, label, value, text, link));
        return this;
    }

    Map<String, ReportContent.Figure> asMap() {
        return figures;
    }
}
