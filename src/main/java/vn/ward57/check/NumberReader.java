package vn.ward57.check;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ward57.check.Reading.Form;

/**
 * Finds every number of a text in the forms Vietnamese reports write them: {@code 12.456}, {@code 98,70%},
 * {@code 98.3%}, {@code 7.185/7.355}, {@code 1,2 tỷ đồng}, {@code 820 triệu}, {@code 820.000.000đ},
 * {@code 06/6/2026}, {@code ngày 22 tháng 12 năm 2024}, {@code 01/7 - 06/11/2025}, {@code 70/KH-UBND}.
 * The forms are tried from the most specific down, and a character belongs to one reading only, so the
 * "2024" of a date is never read again as a year or a count.
 */
final class NumberReader {

    static final String NUM = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";
    private static final String FREE = "(?<![\\p{L}\\d.,/])";
    private static final String TOKEN = "[\\p{Lu}][\\p{L}\\d&]*";

    private record Form2(Pattern pattern, Function<Matcher, Reading> read) {
    }

    private static final List<Form2> FORMS = List.of(
            form("(?<![\\p{L}\\d.,/])\\d{1,5}(?:/\\d{4})?(?:\\s?[-/]\\s?|\\s)" + TOKEN + "(?:\\s?[-/]" + TOKEN + ")*",
                    m -> m.group().contains("/") ? plain(m, Form.DOCUMENT_NUMBER, null) : null),
            form("(?m)^[ \\t]*(?:[-+•*][ \\t]*)?(\\(?\\d{1,2}(?:\\.\\d{1,2})*[.)])(?![\\d%])",
                    m -> new Reading(m.start(1), m.end(1), m.group(1), Form.LIST_MARK, null, null, 0, null, null, null)),
            form(FREE + "(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\s*(?:-|–|đến(?:\\s+ngày)?|tới(?:\\s+ngày)?)\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)",
                    NumberReader::period),
            form(FREE + "((?:19|20)\\d{2})\\s*(?:-|–|đến|tới)\\s*((?:19|20)\\d{2})(?![\\d/])", m -> {
                LocalDate from = day(1, 1, m.group(1));
                LocalDate to = day(31, 12, m.group(2));
                return new Reading(m.start(), m.end(), m.group(), Form.YEARS, Measure.PERIOD, null, 0, null, from, to);
            }),
            form("(?i)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})", m -> date(m, 1, 2, 3)),
            form(FREE + "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)", m -> date(m, 1, 2, 3)),
            form(FREE + "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)", m -> date(m, 1, 2, 3)),
            form("(?i)tháng\\s+(\\d{1,2})(?:\\s*/\\s*|\\s+năm\\s+)(\\d{4})(?!\\d)", m -> {
                LocalDate d = day(1, Integer.parseInt(m.group(1)), m.group(2));
                return new Reading(m.start(), m.end(), m.group(), Form.MONTH, Measure.DATE, null, 0, null, d,
                        d == null ? null : d.withDayOfMonth(d.lengthOfMonth()));
            }),
            form("(?i)(?:ngày|từ|đến|hạn|trước|sau|hôm|vào)\\s+(\\d{1,2})/(\\d{1,2})(?![\\d/])", m ->
                    new Reading(m.start(1), m.end(2), m.group(1) + "/" + m.group(2), Form.DATE, Measure.DATE, null, 0, null,
                            null, null)),
            form(FREE + "\\d{1,2}(?::\\d{2}|h\\d{0,2})(?![\\p{L}\\d])", m -> plain(m, Form.TIME, null)),
            // a phone number (0236.3822.123) is read whole, so no part of it passes for a count
            form(FREE + "0\\d{2,3}[. ]?\\d{3,4}[. ]?\\d{3,4}(?![\\d.,])", m -> Reading.of(m.start(), m.end(), m.group(),
                    Form.PLAIN, Measure.COUNT, null, 0)),
            form(FREE + "(" + NUM + ")\\s*(tỷ|tỉ|triệu|nghìn|ngàn)(?!\\s*lệ)(?:\\s*(đồng|VNĐ|VND|đ)(?![\\p{L}]))?", NumberReader::multiplied),
            form(FREE + "(" + NUM + ")\\s*(?:đồng(?!\\s*(?:chí|bào|thời|bộ|đều|ý|hành|nghiệp|hồ|phục|nhất|tâm|lòng|loạt|ruộng|bằng|minh))|VNĐ|VND|đ(?![\\p{L}]))",
                    m -> Reading.of(m.start(), m.end(), m.group(), Form.MONEY, Measure.MONEY, number(m.group(1)), decimals(m.group(1)))),
            form(FREE + "(\\d+(?:[.,]\\d+)?)\\s*\\\\?(?:%|phần trăm)", m -> Reading.of(m.start(), m.end(), m.group(),
                    Form.PERCENT, Measure.PERCENT, percent(m.group(1)), decimals(m.group(1).replace('.', ',')))),
            form(FREE + "(" + NUM + ")\\s?/\\s?(" + NUM + ")(?![\\d/])", m -> new Reading(m.start(), m.end(), m.group(),
                    Form.FRACTION, Measure.COUNT, number(m.group(1)), 0, number(m.group(2)), null, null)),
            form("\\(\\d{1,2}\\)", m -> plain(m, Form.LIST_MARK, null)),
            form(FREE + "\\d+\\.\\d(?![\\d.,])", m -> plain(m, Form.CODE, null)),
            form("(?<=\\p{L})\\d+|(?<![\\d.,])\\d+(?=\\p{L})", m -> plain(m, Form.CODE, null)),
            form(FREE + "(" + NUM + ")(?![\\d])", m -> Reading.of(m.start(), m.end(), m.group(), Form.PLAIN, Measure.COUNT,
                    number(m.group(1)), decimals(m.group(1)))));

    private NumberReader() {
    }

    static List<Reading> read(String text) {
        List<Reading> out = new ArrayList<>();
        BitSet taken = new BitSet(text.length());
        for (Form2 f : FORMS) {
            Matcher m = f.pattern().matcher(text);
            while (m.find()) {
                Reading r = f.read().apply(m);
                if (r != null && taken.get(r.start(), r.end()).isEmpty()) {
                    taken.set(r.start(), r.end());
                    out.add(r);
                }
            }
        }
        out.sort(Comparator.comparingInt(Reading::start));
        return out;
    }

    private static Form2 form(String regex, Function<Matcher, Reading> read) {
        return new Form2(Pattern.compile(regex), read);
    }

    private static Reading plain(Matcher m, Form form, Measure measure) {
        return new Reading(m.start(), m.end(), m.group(), form, measure, null, 0, null, null, null);
    }

    private static Reading date(Matcher m, int d, int mo, int y) {
        LocalDate date = day(Integer.parseInt(m.group(d)), Integer.parseInt(m.group(mo)), m.group(y));
        // an impossible day (31/6) stays a date without a value: the period check reports it
        return new Reading(m.start(), m.end(), m.group(), Form.DATE, Measure.DATE, null, 0, null, date, null);
    }

    private static Reading period(Matcher m) {
        LocalDate to = day(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6));
        String fromYear = m.group(3) != null ? m.group(3) : m.group(6);
        LocalDate from = day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), fromYear);
        return new Reading(m.start(), m.end(), m.group(), Form.PERIOD, Measure.PERIOD, null, 0, null, from, to);
    }

    private static Reading multiplied(Matcher m) {
        BigDecimal base = number(m.group(1));
        BigDecimal factor = switch (m.group(2)) {
            case "tỷ", "tỉ" -> BigDecimal.valueOf(1_000_000_000L);
            case "triệu" -> BigDecimal.valueOf(1_000_000L);
            default -> BigDecimal.valueOf(1_000L);
        };
        // "820 triệu" without "đồng" is money only in a sentence about money; the classifier decides
        Measure measure = m.group(3) != null ? Measure.MONEY : null;
        return Reading.of(m.start(), m.end(), m.group(), Form.MONEY, measure, base.multiply(factor).stripTrailingZeros(), 0);
    }

    static LocalDate day(int day, int month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, day);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** "12.456" → 12456, "98,70" → 98.70. */
    static BigDecimal number(String s) {
        return new BigDecimal(s.replace(".", "").replace(',', '.'));
    }

    /** A percentage may be written with a decimal point ("96.48%") as well as a comma. */
    private static BigDecimal percent(String s) {
        return new BigDecimal(s.replace(',', '.'));
    }

    private static int decimals(String s) {
        int comma = s.indexOf(',');
        return comma < 0 ? 0 : s.length() - comma - 1;
    }
}
