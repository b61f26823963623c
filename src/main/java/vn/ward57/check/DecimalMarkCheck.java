package vn.ward57.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.Finding.Severity;

/**
 * A rate written with a decimal point ("96.48%") in a text that elsewhere writes the Vietnamese decimal comma
 * ("97,69%"): one text, two conventions, and a reader may take the point for thousands. A text that writes the
 * point throughout is left alone (LOW: the value is read right either way).
 */
final class DecimalMarkCheck implements Check {

    private static final Pattern POINT_RATE = Pattern.compile("^\\d{1,3}\\.\\d{1,2}\\s*%$");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("\\d,\\d");

    @Override
    public List<Finding> run(Analysis text, KnownFigures known) {
        Mention comma = text.mentions.stream()
                .filter(m -> m.reading().isNumber() && COMMA_DECIMAL.matcher(m.raw()).find()).findFirst().orElse(null);
        List<Finding> out = new ArrayList<>();
        if (comma == null) {
            return out;
        }
        for (Mention m : text.mentions) {
            if (m.reading().form() == Reading.Form.PERCENT && POINT_RATE.matcher(m.raw()).matches()) {
                String written = m.raw().replace('.', ',');
                out.add(Findings.at(m, Severity.LOW, Kind.FORMAT, List.of(m.raw(), comma.raw()),
                        "Tỷ lệ %s viết dấu chấm thập phân, trong khi văn bản viết dấu phẩy (%s): ghi %s.".formatted(m.raw(),
                                comma.raw(), written), written));
            }
        }
        return out;
    }
}
