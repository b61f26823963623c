package vn.ward57.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.Finding.Severity;
import vn.ward57.check.Reading.Form;

/**
 * A typed number that names a known figure against the figure's value: a count exactly, a rate within what
 * its decimals round ("100%" only when it is 100%), money exactly; money a thousand times off is a MAGNITUDE.
 * Only for a sentence of the figures' period (or of no stated time), and only in results: a target is a wish.
 */
final class SystemFigureCheck implements Check {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    @Override
    public List<Finding> run(Analysis text, KnownFigures known) {
        List<Finding> out = new ArrayList<>();
        if (known.figures().isEmpty()) {
            return out;
        }
        for (Mention m : text.results()) {
            if (m.block().isTable()) {
                continue;
            }
            KnownFigure f = FigureMatcher.match(m, known.figures());
            if (f == null) {
                thousandTimes(m, known).ifPresent(out::add);
                continue;
            }
            if (agrees(m, f)) {
                continue;
            }
            boolean own = f.to() != null;
            if (!(m.scope().isEmpty() || m.scope().fits(own ? f.from() : known.from(), own ? f.to() : known.to()))) {
                continue;
            }
            BigDecimal stated = m.value();
            boolean thousand = m.measure() == Measure.MONEY && (stated.multiply(THOUSAND).compareTo(f.value()) == 0
                    || f.value().multiply(THOUSAND).compareTo(stated) == 0);
            String name = f.names().getFirst();
            out.add(Findings.at(m, Severity.HIGH, thousand ? Kind.MAGNITUDE : Kind.SYSTEM_MISMATCH, List.of(m.raw(), f.text()),
                    (thousand ? "Văn bản ghi “%s” là %s, lệch một nghìn lần so với số liệu hệ thống %s."
                            : "Văn bản ghi “%s” là %s, nhưng số liệu hệ thống là %s.").formatted(name, m.raw(), f.text()),
                    f.text(), f.code(), f.link(), replacement(m, f)));
        }
        return out;
    }

    /** The figure's text for the number; a fraction's denominator would be lost, so it is left to the officer. */
    private static String replacement(Mention m, KnownFigure f) {
        return m.reading().form() == Form.FRACTION ? null : f.text();
    }

    /**
     * Money no figure is named for, but exactly a thousand times (or a thousandth of) a known amount, in a
     * sentence about money: "tổng kinh phí bố trí … là 1.056.000 đồng" beside a budget of 1.056.000.000 đồng.
     */
    private static java.util.Optional<Finding> thousandTimes(Mention m, KnownFigures known) {
        if (m.measure() != Measure.MONEY || !Lexicon.any(Words.phrase(m.sentence().text()), Lexicon.MONEY_CONTEXT)) {
            return java.util.Optional.empty();
        }
        return known.figures().stream().filter(f -> f.measure() == Measure.MONEY && f.value() != null && f.value().signum() > 0)
                .filter(f -> m.value().multiply(THOUSAND).compareTo(f.value()) == 0
                        || f.value().multiply(THOUSAND).compareTo(m.value()) == 0)
                .findFirst()
                .map(f -> Findings.at(m, Severity.HIGH, Kind.MAGNITUDE, List.of(m.raw(), f.text()),
                        "Văn bản ghi %s, lệch đúng một nghìn lần so với số liệu hệ thống “%s” là %s."
                                .formatted(m.raw(), f.names().getFirst(), f.text()), f.text(), f.code(), f.link(),
                        replacement(m, f)));
    }

    private static boolean agrees(Mention m, KnownFigure f) {
        if (m.measure() == Measure.PERCENT) {
            return Findings.rateAgrees(m.value(), m.reading().decimals(), f.value());
        }
        if (m.reading().form() == Form.FRACTION) {
            return m.value().compareTo(f.value()) == 0;
        }
        return m.value().compareTo(f.value()) == 0;
    }
}
