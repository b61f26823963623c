package vn.ward57.check;

import java.util.List;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.Finding.Severity;

/** Findings marked at a span of a block's text that is not one read number (a phrase, a number's part). */
final class Spans {

    private Spans() {
    }

    /** Quotes the sentence holding {@code start} and marks [start, end). */
    static Finding finding(Block b, int start, int end, Severity severity, Kind kind, List<String> numbers, String why,
                           String expected) {
        Sentence s = Sentence.split(b).stream().filter(x -> x.contains(start)).findFirst()
                .orElse(new Sentence(b, 0, b.text().length(), b.text()));
        var location = new Finding.Location(b.index(), b.heading(), start, end, start - s.start(), end - s.start());
        return new Finding(severity, kind, s.text(), location, numbers, why, expected, null, null, null);
    }
}
