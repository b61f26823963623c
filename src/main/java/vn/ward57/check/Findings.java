package vn.ward57.check;

import java.math.BigDecimal;
import java.util.List;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.Finding.Severity;

/** Builds findings that quote the sentence and mark the number. */
final class Findings {

    private Findings() {
    }

    static Finding at(Mention marked, Severity severity, Kind kind, List<String> numbers, String explanation,
                      String expected) {
        return at(marked, severity, kind, numbers, explanation, expected, null, null, null);
    }

    static Finding at(Mention marked, Severity severity, Kind kind, List<String> numbers, String explanation,
                      String expected, String figureCode, String link, String replacement) {
        Sentence s = marked.sentence();
        Reading r = marked.reading();
        var location = new Finding.Location(s.block().index(), s.block().heading(), r.start(), r.end(),
                r.start() - s.start(), r.end() - s.start());
        return new Finding(severity, kind, s.text(), location, numbers, explanation, expected, figureCode, link,
                replacement);
    }

    static String count(BigDecimal n) {
        return VietnameseDates.count(n);
    }

    /** Whether a stated rate (with its decimals) may be the exact one: rounded or cut to what is written. */
    static boolean rateAgrees(BigDecimal stated, int decimals, BigDecimal exact) {
        double s = stated.doubleValue();
        double e = exact.doubleValue();
        // "100%" and "0%" say all and none: a single exception makes them false
        if (s == 100 || s == 0) {
            return Math.abs(e - s) < 1e-9;
        }
        return Math.abs(s - e) < Math.pow(10, -decimals) + 1e-9;
    }
}
