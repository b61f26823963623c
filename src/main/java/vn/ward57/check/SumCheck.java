package vn.ward57.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.Finding.Severity;

/**
 * A stated total against the sum of its listed parts. Parts that add to more than the whole are always wrong;
 * parts that add to less are wrong when the list claims to be whole (a bracket, "gồm", "… và C", three parts or
 * more), else only worth a look (MEDIUM): "trong đó" may list a few parts only.
 */
final class SumCheck implements Check {

    @Override
    public List<Finding> run(Analysis text, KnownFigures known) {
        List<Finding> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (s.block().isTable()) {
                continue;
            }
            for (Breakdowns.Breakdown b : Breakdowns.of(s, text.in(s))) {
                BigDecimal whole = b.whole().value();
                if (b.parts().stream().anyMatch(p -> p.value().compareTo(whole) > 0)) {
                    continue; // a part above the whole: not a breakdown of it (a rate, another quantity)
                }
                BigDecimal sum = b.parts().stream().map(Mention::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                int cmp = sum.compareTo(whole);
                if (cmp == 0) {
                    continue;
                }
                boolean high = cmp > 0 || b.exhaustive() || b.parts().size() >= 3;
                List<String> numbers = new ArrayList<>();
                numbers.add(b.whole().raw());
                b.parts().forEach(p -> numbers.add(p.raw()));
                String parts = String.join(" + ", b.parts().stream().map(Mention::raw).toList());
                out.add(Findings.at(b.whole(), high ? Severity.HIGH : Severity.MEDIUM, Kind.SUM, numbers,
                        "Tổng ghi %s nhưng các phần liệt kê cộng lại %s = %s%s.".formatted(b.whole().raw(), parts,
                                Findings.count(sum), cmp > 0 ? " (lớn hơn tổng)" : " (nhỏ hơn tổng)"),
                        Findings.count(sum)));
            }
        }
        return out;
    }
}
