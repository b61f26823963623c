package vn.ward57.figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ward57.org.Ward;

/**
 * What a module that owns records contributes to the catalogue: its figures and how each is computed
 * for a ward and a period [from, to] (a date without a time is the whole day). A module extends it
 * once, as a Spring bean; the catalogue collects them all. The ward is one the catalogue's caller has
 * read-checked ({@link Figures}), so a source neither looks it up nor checks it again.
 */
public abstract class MetricSource {

    private final List<Figure> figures;

    protected MetricSource(FigureList figures) {
        this.figures = figures.list();
    }

    public final List<Figure> figures() {
        return figures;
    }

    /** The value, or null when the period has nothing to measure (no dossiers, no catalogue, no estimate). */
    public abstract BigDecimal value(Ward ward, String code, LocalDate from, LocalDate to);

    /** Every figure of this source at once; a source whose figures share one query computes it once. */
    public Map<String, BigDecimal> values(Ward ward, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Figure f : figures) {
            values.put(f.code(), value(ward, f.code(), from, to));
        }
        return values;
    }

    /**
     * The day a value stands for when the records cannot say the period's end (e.g. a camera without its
     * installation date: the count is today's, "theo số liệu hiện tại"); null: the period's end as usual.
     */
    public LocalDate currentInstead(Ward ward, String code, LocalDate to) {
        return null;
    }

    /** A count as a value. */
    public static BigDecimal of(long n) {
        return BigDecimal.valueOf(n);
    }

    /** part × 100 / whole with 2 decimals; null when whole is 0. */
    public static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L)
                .divide(BigDecimal.valueOf(whole), 2, java.math.RoundingMode.HALF_UP);
    }

    /** A source whose figures all come from one read: one figure is picked out of all of them. */
    public abstract static class OneRead extends MetricSource {

        protected OneRead(FigureList figures) {
            super(figures);
        }

        @Override
        public abstract Map<String, BigDecimal> values(Ward ward, LocalDate from, LocalDate to);

        @Override
        public BigDecimal value(Ward ward, String code, LocalDate from, LocalDate to) {
            return values(ward, from, to).get(code);
        }
    }
}
