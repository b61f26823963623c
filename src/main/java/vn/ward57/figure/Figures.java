package vn.ward57.figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.ward57.common.WardTime;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.org.Ward;

/**
 * The catalogue: the figures every {@link MetricSource} contributes, in the order of the modules that own
 * them. Every screen, document and API that shows a figure reads it here, so one figure has one value.
 * The caller has resolved the ward through the read check (a Ward parameter, WardService.get) before asking.
 */
@Service
public class Figures {

    /** The owners in the order the catalogue lists them (the report's order). */
    static final List<String> OWNERS = List.of("dossier", "task", "feedback", "initiative", "org", "people",
            "community", "asset", "budget", "indicator");

    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, MetricSource> sourceOf = new LinkedHashMap<>();
    private final Map<String, Figure> byCode = new LinkedHashMap<>();

    Figures(List<MetricSource> sources) {
        List<MetricSource> ordered = new ArrayList<>(sources);
        ordered.sort(Comparator.comparingInt(s -> rank(s.figures().getFirst().owner())));
        for (MetricSource source : ordered) {
            for (Figure f : source.figures()) {
                if (byCode.putIfAbsent(f.code(), f) != null) {
                    throw new IllegalStateException("figure defined twice: " + f.code());
                }
                sourceOf.put(f.code(), source);
                figures.add(f);
            }
        }
    }

    private static int rank(String owner) {
        int i = OWNERS.indexOf(owner);
        return i < 0 ? OWNERS.size() : i;
    }

    public List<Figure> all() {
        return List.copyOf(figures);
    }

    public Optional<Figure> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public Figure get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("figure.not-found", "code", code));
    }

    /** The value of one figure; null when the period has nothing to measure. */
    public BigDecimal value(Ward ward, String code, LocalDate from, LocalDate to) {
        check(from, to);
        get(code);
        return sourceOf.get(code).value(ward, code, from, to);
    }

    /** One figure's value with the day it stands for and its records. */
    public FigureValue valueOf(Ward ward, String code, LocalDate from, LocalDate to) {
        BigDecimal value = value(ward, code, from, to);
        LocalDate current = sourceOf.get(code).currentInstead(ward, code, to);
        Figure f = get(code);
        return new FigureValue(code, value, current != null ? current : asOf(f, to), f.records());
    }

    /** Some figures for a ward and a period by code (null values kept), each source asked once. */
    public Map<String, BigDecimal> of(Ward ward, LocalDate from, LocalDate to, String... codes) {
        check(from, to);
        Map<MetricSource, Map<String, BigDecimal>> bySource = new LinkedHashMap<>();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (String code : codes) {
            MetricSource source = sourceOf.get(get(code).code());
            values.put(code, bySource.computeIfAbsent(source, s -> s.values(ward, from, to)).get(code));
        }
        return values;
    }

    /** Every figure of the catalogue for a ward and a period, each source asked once. */
    public List<FigureValue> values(Ward ward, LocalDate from, LocalDate to) {
        check(from, to);
        Map<MetricSource, Map<String, BigDecimal>> bySource = new LinkedHashMap<>();
        List<FigureValue> values = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            MetricSource source = sourceOf.get(f.code());
            BigDecimal value = bySource.computeIfAbsent(source, s -> s.values(ward, from, to)).get(f.code());
            LocalDate current = source.currentInstead(ward, f.code(), to);
            values.add(new FigureValue(f.code(), value, current != null ? current : asOf(f, to), f.records()));
        }
        return values;
    }

    /** The day a value stands for: the period's end, today for a period not yet over or undated records. */
    public static LocalDate asOf(Figure figure, LocalDate to) {
        LocalDate today = WardTime.today();
        return figure.basis() == Figure.Basis.CURRENT || to.isAfter(today) ? today : to;
    }

    private static void check(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("figure.bad-range", "to", String.valueOf(to));
        }
    }
}
