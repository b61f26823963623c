package vn.ward57.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A figure the system computed, with the words a text may name it by.
 *
 * @param code  the figure's key ("dossier.pending")
 * @param names its name and synonyms ("hồ sơ đang giải quyết", "hồ sơ tồn"); a text names the figure when
 *              the words around a number hold every word of one of them
 * @param text  how the report writes it ("1.056.000.000 đồng")
 * @param link  the page of the records behind it, or null
 * @param from  the first day of the figure's own period when it is not the caller's (a budget year), or null
 * @param to    its last day, or null
 */
public record KnownFigure(String code, List<String> names, BigDecimal value, Measure measure, String text, String link,
                          LocalDate from, LocalDate to) {

    public KnownFigure {
        names = List.copyOf(names);
    }

    /** A figure of the period of its {@link KnownFigures}. */
    public KnownFigure(String code, List<String> names, BigDecimal value, Measure measure, String text, String link) {
        this(code, names, value, measure, text, link, null, null);
    }
}
