package vn.ward57.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.Finding.Severity;

/**
 * A money amount off by a factor of 1.000: a total ("tổng kinh phí bố trí … là 1.056.000 đồng") below the
 * amounts spent from it in the same section ("đã giải ngân 120.000.000 đồng") while a thousand times it would
 * hold them. A small amount alone is not suspect: fees and allowances are small.
 */
final class MagnitudeCheck implements Check {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    @Override
    public List<Finding> run(Analysis text, KnownFigures known) {
        List<Mention> money = text.mentions.stream()
                .filter(m -> m.measure() == Measure.MONEY && m.value() != null && m.value().signum() > 0 && !m.approximate())
                .filter(m -> !m.block().text().startsWith("/", m.reading().end()))
                .toList();
        List<Finding> out = new ArrayList<>();
        for (Mention total : money) {
            if (!total.says(Lexicon.MONEY_TOTAL) && !Lexicon.any(clauseBefore(total), Lexicon.MONEY_TOTAL)) {
                continue;
            }
            List<Mention> larger = money.stream()
                    .filter(o -> o != total && o.block().heading().equals(total.block().heading())
                            && Math.abs(o.block().index() - total.block().index()) <= 2
                            && o.value().compareTo(total.value()) > 0)
                    .toList();
            if (larger.isEmpty()) {
                continue;
            }
            Mention largest = larger.stream().max(Comparator.comparing(Mention::value)).orElseThrow();
            BigDecimal times = total.value().multiply(THOUSAND);
            if (times.compareTo(largest.value()) >= 0 && total.value().multiply(BigDecimal.valueOf(20)).compareTo(largest.value()) < 0) {
                out.add(Findings.at(total, Severity.HIGH, Kind.MAGNITUDE, List.of(total.raw(), largest.raw()),
                        "Tổng %s nhỏ hơn khoản chi từ nó (%s); có lẽ thiếu ba chữ số 0: %s đồng."
                                .formatted(total.raw(), largest.raw(), Findings.count(times)),
                        Findings.count(times) + " đồng"));
            }
        }
        return out;
    }

    /** The sentence up to the amount: "tổng kinh phí bố trí … là 1.056.000 đồng" names its total before it. */
    private static String clauseBefore(Mention m) {
        String s = m.block().text().substring(m.sentence().start(), m.reading().start());
        int cut = Math.max(s.lastIndexOf(';'), s.lastIndexOf('.'));
        return Words.phrase(cut < 0 ? s : s.substring(cut + 1));
    }
}
