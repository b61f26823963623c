package vn.ward57.reportcheck.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ward57.check.Block;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.database.Folding;

/**
 * The period a report states in its opening (the title and the lines before the first section): "từ ngày
 * 01/01/2025 đến ngày 30/6/2026", "6 tháng đầu năm 2026", "quý III năm 2026", "tháng 11/2026", "năm 2025".
 * The first that names a period wins; dates before words, as a report that gives both means the dates. A day
 * ("ngày 15 tháng 6 năm 2026", or the blank "ngày   tháng 6 năm 2026" of a draft's date line) is no period.
 */
final class StatedPeriod {

    /** How far into a report its period is looked for: the title block of any report is within it. */
    private static final int OPENING_BLOCKS = 15;

    private static final String DATE = "(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})";
    private static final Pattern RANGE = Pattern.compile("tu(?: ngay)?\\s+" + DATE + "\\s*(?:den(?: ngay)?|-|–)\\s*" + DATE);
    private static final Pattern HALF = Pattern.compile("6 thang (dau|cuoi) nam (\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("quy (iv|iii|ii|i|[1-4])(?: nam|\\s*/)\\s*(\\d{4})");
    private static final Pattern MONTH = Pattern.compile(
            "(?<!ngay )(?<!ngay \\d )(?<!ngay \\d\\d )thang (\\d{1,2})(?: nam|\\s*/)\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?:bao cao|ket qua|tong ket|so ket)[^.;:]{0,160}?(?<!thang \\d )(?<!thang \\d\\d )\\bnam (\\d{4})\\b");
    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv");

    /** The period and whether it was read (false: none found). */
    record Found(LocalDate from, LocalDate to) {
    }

    private StatedPeriod() {
    }

    static Optional<Found> of(List<Block> blocks) {
        for (Block b : blocks.subList(0, Math.min(OPENING_BLOCKS, blocks.size()))) {
            if (b.kind() == Block.Kind.TABLE) {
                continue;
            }
            Optional<Found> found = in(fold(b.text()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    static Optional<Found> in(String text) {
        try {
            Matcher m = RANGE.matcher(text);
            if (m.find()) {
                LocalDate from = date(m, 1);
                LocalDate to = date(m, 4);
                return to.isBefore(from) ? Optional.empty() : Optional.of(new Found(from, to));
            }
            m = HALF.matcher(text);
            if (m.find()) {
                return period(ReportingPeriod.Kind.HALF_YEAR, m.group(2), m.group(1).equals("dau") ? 1 : 2);
            }
            m = QUARTER.matcher(text);
            if (m.find()) {
                String q = m.group(1);
                return period(ReportingPeriod.Kind.QUARTER, m.group(2),
                        Character.isDigit(q.charAt(0)) ? Integer.parseInt(q) : ROMAN.indexOf(q) + 1);
            }
            m = MONTH.matcher(text);
            if (m.find()) {
                return period(ReportingPeriod.Kind.MONTH, m.group(2), Integer.parseInt(m.group(1)));
            }
            m = YEAR.matcher(text);
            if (m.find()) {
                return period(ReportingPeriod.Kind.YEAR, m.group(1), 1);
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            // "tháng 13/2026", "31/02/2026": no period is stated
        }
        return Optional.empty();
    }

    private static Optional<Found> period(ReportingPeriod.Kind kind, String year, int number) {
        ReportingPeriod p = new ReportingPeriod(kind, Integer.parseInt(year), number, false);
        return Optional.of(new Found(p.from(), p.to()));
    }

    private static LocalDate date(Matcher m, int group) {
        return LocalDate.of(Integer.parseInt(m.group(group + 2)), Integer.parseInt(m.group(group + 1)),
                Integer.parseInt(m.group(group)));
    }

    static String fold(String text) {
        return Folding.fold(text).replaceAll("\\s+", " ");
    }
}
