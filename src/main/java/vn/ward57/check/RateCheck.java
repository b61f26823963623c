package vn.ward57.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.Finding.Severity;
import vn.ward57.check.Reading.Form;

/**
 * A stated rate against its numerator and denominator when both are in the text: "A/B … đạt x%",
 * "x%, A/B", "A/B = x%", within the rounding of what is written; "100%" and "0%" must be exact.
 */
final class RateCheck implements Check {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<Finding> run(Analysis text, KnownFigures known) {
        List<Finding> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Mention> ms = text.in(s);
            for (int i = 0; i < ms.size(); i++) {
                Mention f = ms.get(i);
                if (f.reading().form() != Form.FRACTION || !f.role().isFigure() || f.approximate()
                        || f.reading().denominator().signum() == 0) {
                    continue;
                }
                Mention rate = rateBeside(ms, i, s.block().text());
                if (rate == null) {
                    continue;
                }
                BigDecimal exact = f.value().multiply(HUNDRED).divide(f.reading().denominator(), MathContext.DECIMAL64);
                if (!Findings.rateAgrees(rate.value(), rate.reading().decimals(), exact)) {
                    out.add(Findings.at(rate, Severity.HIGH, Kind.RATE, List.of(f.raw(), rate.raw()),
                            "Tỷ lệ ghi %s nhưng %s = %s%%.".formatted(rate.raw(), f.raw(), percent(exact)),
                            percent(exact) + "%"));
                }
            }
        }
        return out;
    }

    /** The percentage next to a fraction: the next number after it, or the one right before it, with no count between. */
    private static Mention rateBeside(List<Mention> ms, int i, String text) {
        Mention f = ms.get(i);
        if (i + 1 < ms.size()) {
            String between = text.substring(f.reading().end(), ms.get(i + 1).reading().start());
            if (isRate(ms.get(i + 1)) && words(between) <= 8 && !between.contains(";")) {
                return ms.get(i + 1);
            }
        }
        if (i > 0) {
            String between = text.substring(ms.get(i - 1).reading().end(), f.reading().start());
            if (isRate(ms.get(i - 1)) && words(between) <= 3 && !between.contains(";") && !between.contains(".")) {
                return ms.get(i - 1);
            }
        }
        return null;
    }

    private static boolean isRate(Mention m) {
        return m.measure() == Measure.PERCENT && m.role().isFigure() && !m.approximate();
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    static String percent(BigDecimal exact) {
        return vn.ward57.common.VietnameseFormat.percent(exact).replace("%", "");
    }
}
