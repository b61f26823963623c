package vn.ward57.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.Finding.Severity;
import vn.ward57.check.Reading.Form;

/** A period whose end is before its start, and a day that does not exist (31/6/2026). */
final class PeriodCheck implements Check {

    private static final Pattern HAS_YEAR = Pattern.compile("\\d{4}");

    @Override
    public List<Finding> run(Analysis text, KnownFigures known) {
        List<Finding> out = new ArrayList<>();
        for (Mention m : text.mentions) {
            Reading r = m.reading();
            if ((r.form() == Form.PERIOD || r.form() == Form.YEARS) && r.date() != null && r.until() != null
                    && r.until().isBefore(r.date())) {
                out.add(Findings.at(m, Severity.HIGH, Kind.DATE, List.of(r.raw()),
                        "Kỳ %s kết thúc (%s) trước khi bắt đầu (%s).".formatted(r.raw(), VietnameseDates.text(r.until()),
                                VietnameseDates.text(r.date())), null));
            } else if ((r.form() == Form.DATE || r.form() == Form.PERIOD) && HAS_YEAR.matcher(r.raw()).find()
                    && (r.date() == null || r.form() == Form.PERIOD && r.until() == null)) {
                out.add(Findings.at(m, Severity.HIGH, Kind.DATE, List.of(r.raw()),
                        "Ngày %s không có trên lịch.".formatted(r.raw()), null));
            }
        }
        return out;
    }
}
