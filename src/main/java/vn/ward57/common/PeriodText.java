package vn.ward57.common;

import java.text.Normalizer;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ward57.common.ReportingPeriod.Kind;
import vn.ward57.common.error.InvalidInputException;

/**
 * Reads a period as people type it: the ISO code ({@code 2026-11}, {@code 2026Q4C}) or the words a page shows
 * ("Tháng 11/2026", "11/2026", "Quý IV/2026", "6 tháng đầu năm 2026", "Năm 2026", with or without diacritics,
 * and the English "November 2026", "Q4 2026", "H1 2026", "Year 2026"); a name ending in the cut-off window's
 * words ("… (kỳ chốt số liệu …)") is that window.
 */
final class PeriodText {

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(\\d{2})|Q(\\d)|S(\\d))?(C?)");
    private static final Pattern MONTH = Pattern.compile("(?:thang |t)?(\\d{1,2}) ?(?:/|nam) ?(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(?:quy |q)([ivx]+|\\d) ?(?:/|nam)? ?(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(?:6 thang (dau|cuoi) nam|h([12])) ?(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?:nam|year) ?(\\d{4})");
    private static final Pattern NAMED_MONTH = Pattern.compile("([a-z]+) (\\d{4})");
    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv");

    private PeriodText() {
    }

    static ReportingPeriod parse(String text) {
        String given = text == null ? "" : text.strip();
        try {
            Matcher code = CODE.matcher(given);
            if (code.matches()) {
                return ofCode(code);
            }
            ReportingPeriod named = ofWords(given);
            if (named != null) {
                return named;
            }
        } catch (IllegalArgumentException e) {
            // no such period (2026-13, Quý V/2026, 2026S2C): the same answer as an unreadable text
        }
        throw new InvalidInputException("period.bad-reporting", "period", Echo.cut(given, 20));
    }

    private static ReportingPeriod ofCode(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        boolean cutOff = !m.group(5).isEmpty();
        if (m.group(2) != null) {
            return new ReportingPeriod(Kind.MONTH, year, Integer.parseInt(m.group(2)), cutOff);
        }
        if (m.group(3) != null) {
            return new ReportingPeriod(Kind.QUARTER, year, Integer.parseInt(m.group(3)), cutOff);
        }
        if (m.group(4) != null) {
            return new ReportingPeriod(Kind.HALF_YEAR, year, Integer.parseInt(m.group(4)), cutOff);
        }
        return new ReportingPeriod(Kind.YEAR, year, 1, cutOff);
    }

    /** The words of a name, folded to lower-case letters without diacritics and single spaces; null if none. */
    private static ReportingPeriod ofWords(String given) {
        String words = fold(given);
        boolean cutOff = false;
        int window = words.indexOf('(');
        if (window > 0 && (words.contains("ky chot") || words.contains("cut-off"))) {
            cutOff = true;
            words = words.substring(0, window).strip();
        }
        Matcher m = MONTH.matcher(words);
        if (m.matches()) {
            return new ReportingPeriod(Kind.MONTH, year(m.group(2)), Integer.parseInt(m.group(1)), cutOff);
        }
        m = QUARTER.matcher(words);
        if (m.matches()) {
            String q = m.group(1);
            int number = Character.isDigit(q.charAt(0)) ? Integer.parseInt(q) : ROMAN.indexOf(q) + 1;
            return new ReportingPeriod(Kind.QUARTER, year(m.group(2)), number, cutOff);
        }
        m = HALF.matcher(words);
        if (m.matches()) {
            int number = m.group(2) != null ? Integer.parseInt(m.group(2)) : "dau".equals(m.group(1)) ? 1 : 2;
            return new ReportingPeriod(Kind.HALF_YEAR, year(m.group(3)), number, cutOff);
        }
        m = YEAR.matcher(words);
        if (m.matches()) {
            return new ReportingPeriod(Kind.YEAR, year(m.group(1)), 1, cutOff);
        }
        m = NAMED_MONTH.matcher(words);
        if (m.matches()) {
            for (Month month : Month.values()) {
                if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(m.group(1))) {
                    return new ReportingPeriod(Kind.MONTH, year(m.group(2)), month.getValue(), cutOff);
                }
            }
        }
        return null;
    }

    private static int year(String digits) {
        return Integer.parseInt(digits);
    }

    /** "Quý  IV / 2026" → "quy iv / 2026"; đ is a letter of its own, not a d with a mark. */
    private static String fold(String text) {
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace(" /", "/").replace("/ ", "/");
    }
}
