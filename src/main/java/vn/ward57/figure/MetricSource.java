package vn.ward57.figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a module that owns records contributes to the catalogue: its figures and how each is computed
 * for a ward and a period [from, to] (a date without a time is the whole day). A module implements it
 * once, as a Spring bean; the catalogue collects them all. The ward's code is of a ward the catalogue's
 * caller has read-checked ({@link Figures}).
 */
public interface MetricSource {

    List<Figure> figures();

    /** The value, or null when the period has nothing to measure (no dossiers, no catalogue, no estimate). */
    BigDecimal value(String wardCode, String code, LocalDate from, LocalDate to);

    /** Every figure of this source at once; a source whose figures share one query computes it once. */
    default Map<String, BigDecimal> values(String wardCode, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Figure f : figures()) {
            values.put(f.code(), value(wardCode, f.code(), from, to));
        }
        return values;
    }

    /**
     * The day a value stands for when the records cannot say the period's end (e.g. a camera without its
     * installation date: the count is today's, "theo số liệu hiện tại"); null: the period's end as usual.
     */
    default LocalDate currentInstead(String wardCode, String code, LocalDate to) {
        return null;
    }

    /** A count as a value. */
    static BigDecimal of(long n) {
        return BigDecimal.valueOf(n);
    }

    /** part × 100 / whole with 2 decimals; null when whole is 0. */
    static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L)
                .divide(BigDecimal.valueOf(whole), 2, java.math.RoundingMode.HALF_UP);
    }
}
