package vn.ward57.check;

import java.util.ArrayList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.Finding.Severity;

/**
 * Two periods added where the second includes items carried over from the first: "tiếp nhận 4.838 hồ sơ (gồm
 * 98 hồ sơ chuyển từ kỳ trước)" after "năm 2025 tiếp nhận 7.618 hồ sơ" makes 12.456 count those 98 twice; and
 * two stocks ("còn 98 hồ sơ đang giải quyết" at the end of 2025, "còn 64" on 06/6/2026) are never added.
 * Found when a stated total T equals A + B exactly, B's sentence states the carried-over C, and A, B, T are
 * the same kind of figure (received, or a stock).
 */
final class DoubleCountCheck implements Check {

    @Override
    public List<Finding> run(Analysis text, KnownFigures known) {
        List<Finding> out = new ArrayList<>();
        List<Mention> figures = text.mentions.stream()
                .filter(m -> m.isExact() && m.isCount() && !m.block().isTable()).toList();
        List<Mention> stocks = figures.stream().filter(DoubleCountCheck::isStock).toList();
        List<Mention> received = figures.stream().filter(m -> !isStock(m) && isReceived(m)).toList();
        Map<BigDecimal, List<Mention>> stocksByValue = byValue(stocks);
        Map<BigDecimal, List<Mention>> receivedByValue = byValue(received);
        for (Mention carried : figures) {
            if (!carried.says(Lexicon.CARRIED_OVER)) {
                continue;
            }
            for (Mention b : text.in(carried.sentence())) {
                if (b == carried || !b.isExact() || !b.isCount()) {
                    continue;
                }
                boolean stock = isStock(b);
                // the received count of the later period holds the carried-over items, so it is larger
                if (!stock && (!isReceived(b) || b.value().compareTo(carried.value()) <= 0)) {
                    continue;
                }
                // the same kind of figure (received, or a stock) as b, each read once, totals looked up by value
                List<Mention> alike = stock ? stocks : received;
                Map<BigDecimal, List<Mention>> byValue = stock ? stocksByValue : receivedByValue;
                for (Mention a : alike) {
                    if (a.sentence() == b.sentence() || a.value().compareTo(carried.value()) < 0 || !sameNoun(a, b)) {
                        continue;
                    }
                    var sum = a.value().add(b.value()).stripTrailingZeros();
                    for (Mention t : byValue.getOrDefault(sum, List.of())) {
                        if (t.sentence() != a.sentence() && t.sentence() != b.sentence() && sameNoun(t, b)) {
                            out.add(finding(t, a, b, carried, stock));
                        }
                    }
                }
            }
        }
        return out.stream().distinct().toList();
    }

    /** "64 thủ tục được tiếp nhận" are no dossiers: two numbers that each name the thing they count must name one. */
    private static boolean sameNoun(Mention a, Mention b) {
        String x = noun(a);
        String y = noun(b);
        return x == null || y == null || x.equals(y);
    }

    private static String noun(Mention m) {
        String text = m.block().text();
        List<String> after = Words.tokens(text.substring(m.reading().end(), Math.min(text.length(), m.reading().end() + 20)));
        return Lexicon.COUNT_NOUNS.stream().filter(n -> Classifier.startsWith(after, List.of(n))).findFirst().orElse(null);
    }

    private static Map<BigDecimal, List<Mention>> byValue(List<Mention> figures) {
        return figures.stream().collect(Collectors.groupingBy(m -> m.value().stripTrailingZeros()));
    }

    private static Finding finding(Mention t, Mention a, Mention b, Mention carried, boolean stock) {
        String why = stock
                ? "%s = %s + %s cộng số đang giải quyết ở hai thời điểm; %s hồ sơ tồn cuối kỳ trước đã chuyển vào kỳ sau (\"%s\"), nên số đang giải quyết ở thời điểm sau là %s."
                        .formatted(t.raw(), a.raw(), b.raw(), carried.raw(), carried.sentence().text().strip(), b.raw())
                : "%s = %s + %s tính hai lần %s hồ sơ chuyển từ kỳ trước: số tiếp nhận của kỳ sau đã gồm chúng. Tổng đúng là %s."
                        .formatted(t.raw(), a.raw(), b.raw(), carried.raw(),
                                Findings.count(t.value().subtract(carried.value())));
        String expected = stock ? b.raw() : Findings.count(t.value().subtract(carried.value()));
        return Findings.at(t, Severity.HIGH, Kind.DOUBLE_COUNT, List.of(t.raw(), a.raw(), b.raw(), carried.raw()), why,
                expected);
    }

    private static boolean isStock(Mention m) {
        return m.says(Lexicon.STOCK) && !m.says(List.of("đã giải quyết", "tiếp nhận"));
    }

    private static boolean isReceived(Mention m) {
        return m.says(List.of("tiếp nhận")) && !m.says(Lexicon.CARRIED_OVER)
                && !m.says(List.of("trực tuyến", "trực tiếp", "bưu chính"));
    }
}
