package vn.ward57.overview.web;

import java.math.BigDecimal;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.overview.WardRow;

/**
 * A ward's row of the province table with its figures written once, here, instead of by a number format
 * and a fragment call per cell in the template: the table has a row per ward, and those per-cell
 * expressions were most of the page's rendering time. Each figure carries its sort value (data-value,
 * -1 for none) and its text.
 */
record ProvinceTableRow(int rank, String code, String name, String light, int lightOrder, Figure online,
                        Figure onTime, Figure forms, long red, Figure score) {

    /** What the cell shows, and what the table sorts it by. */
    record Figure(String value, String text) {

        static Figure percent(BigDecimal rate) {
            return new Figure(rate == null ? "-1" : rate.toPlainString(), VietnameseFormat.percent(rate));
        }
    }

    static ProvinceTableRow of(WardRow w, int rankMax) {
        Figure forms = w.formsCompleteness() == null ? Figure.percent(null) : new Figure(
                w.formsCompleteness().toPlainString(), VietnameseFormat.percent(w.formsCompleteness())
                + " (" + w.formsSubmitted() + "/" + w.formsExpected() + ")");
        return new ProvinceTableRow(w.rank(), w.code(), w.name(), w.light().name(), w.light().ordinal(),
                Figure.percent(w.onlineRate()), Figure.percent(w.onTimeRate()), forms, w.redIndicators(),
                new Figure(w.score().toPlainString(), VietnameseFormat.decimal(w.score()) + " / " + rankMax));
    }
}
