package vn.ward57.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.Finding.Severity;
import vn.ward57.check.Reading.Form;

/**
 * Parts given with their shares of a total ("tiếp nhận W hồ sơ, đã giải quyết A hồ sơ (x%), đang giải quyết
 * B hồ sơ (y%)"): a share is recognised when its percentage is its count over W. Parts whose shares add to
 * more than 100% (their counts to more than W) cannot all be parts of W; a share that is no count over W while
 * the others are is a wrong rate.
 */
final class ShareCheck implements Check {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private record Share(Mention count, Mention rate) {
    }

    @Override
    public List<Finding> run(Analysis text, KnownFigures known) {
        List<Finding> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Mention> ms = text.in(s);
            Mention whole = ms.stream().filter(m -> m.isExact() && m.isCount()).findFirst().orElse(null);
            if (whole == null || whole.value().signum() == 0) {
                continue;
            }
            List<Share> shares = new ArrayList<>();
            for (int i = 0; i + 1 < ms.size(); i++) {
                Mention c = ms.get(i);
                Mention r = ms.get(i + 1);
                String between = s.block().text().substring(c.reading().end(), r.reading().start());
                if (c != whole && c.isExact() && c.isCount() && r.measure() == Measure.PERCENT && r.isExact()
                        && between.contains("(") && !between.contains(")") && between.length() < 30) {
                    shares.add(new Share(c, r));
                }
            }
            List<Share> agreeing = shares.stream().filter(sh -> agrees(sh, whole)).toList();
            if (agreeing.size() < 2) {
                continue;
            }
            BigDecimal counts = agreeing.stream().map(sh -> sh.count().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal rates = agreeing.stream().map(sh -> sh.rate().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (counts.compareTo(whole.value()) > 0) {
                List<String> numbers = new ArrayList<>(List.of(whole.raw()));
                agreeing.forEach(sh -> numbers.add(sh.count().raw()));
                out.add(Findings.at(whole, Severity.HIGH, Kind.SUM, numbers,
                        "Các phần %s cộng lại %s, lớn hơn tổng %s; các tỷ lệ của chúng cộng lại %s%%, quá 100%%."
                                .formatted(String.join(" + ", agreeing.stream().map(sh -> sh.count().raw()).toList()),
                                        Findings.count(counts), whole.raw(), RateCheck.percent(rates)),
                        Findings.count(counts)));
            }
        }
        return out;
    }

    private static boolean agrees(Share sh, Mention whole) {
        BigDecimal exact = sh.count().value().multiply(HUNDRED).divide(whole.value(), MathContext.DECIMAL64);
        return Findings.rateAgrees(sh.rate().value(), sh.rate().reading().decimals(), exact)
                && sh.count().reading().form() != Form.FRACTION;
    }
}
