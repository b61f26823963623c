package vn.ward57.check;

import java.util.List;
import java.util.regex.Pattern;
import vn.ward57.check.Reading.Form;

/**
 * Decides what a number is by the words around it: a quantity, or a part of a phrase that is no quantity
 * (a list number, a document number, a year, "5 tháng", "Giai đoạn 2", a phone line, a target of a plan).
 */
final class Classifier {

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern PHONE = Pattern.compile("0\\d{2,3}[. ]?\\d{3,4}[. ]?\\d{3,4}");
    private static final Pattern DAY_LIST = Pattern.compile("^\\s*,\\s*\\d{1,2}/\\d{1,2}");

    private Classifier() {
    }

    static Role role(Reading r, String text, Sentence sentence, String heading) {
        switch (r.form()) {
            case DOCUMENT_NUMBER: return Role.DOCUMENT_NUMBER;
            case LIST_MARK: return Role.LIST_NUMBER;
            case DATE, MONTH: return Role.DATE;
            case PERIOD: return Role.PERIOD;
            case YEARS: return Role.YEAR;
            case TIME: return Role.TIME;
            case CODE: return Role.CODE;
            default: break;
        }
        List<String> pre = Words.tokens(text.substring(Math.max(sentence.start(), r.start() - 60), r.start()));
        List<String> post = Words.tokens(text.substring(r.end(), Math.min(sentence.end(), r.end() + 40)));
        String rawPost = text.substring(r.end(), Math.min(text.length(), r.end() + 12));
        // "12 kế hoạch, 21 công văn": a comma or a bracket between a word and the number parts them
        boolean parted = text.substring(Math.max(sentence.start(), r.start() - 3), r.start()).matches(".*[,;:()]\\s*");
        if (!parted && endsWith(pre, Lexicon.DOCUMENT_TYPES, true)) {
            return Role.DOCUMENT_NUMBER;
        }
        if (!parted && endsWith(pre, Lexicon.ORDINALS, false) && !endsWith(pre, List.of("một phần"), false)) {
            return Role.ORDINAL;
        }
        if (endsWith(pre, Lexicon.PHONES, false) || PHONE.matcher(r.raw()).matches()) {
            return Role.PHONE;
        }
        if (r.form() == Form.PLAIN) {
            if (YEAR.matcher(r.raw()).matches() && !startsWith(post, Lexicon.COUNT_NOUNS)) {
                return Role.YEAR;
            }
            if (startsWith(post, List.of("tuổi")) || endsWith(pre, List.of("tuổi"), false)) {
                return Role.AGE;
            }
            if (startsWith(post, Lexicon.DURATIONS)) {
                return Role.DURATION;
            }
            if (DAY_LIST.matcher(rawPost).find()) {
                return Role.DATE;
            }
        }
        return isTarget(r, text, sentence, heading) ? Role.TARGET : Role.QUANTITY;
    }

    /** "phấn đấu …", "tối thiểu …" in the clause up to the number, or a heading that looks ahead. */
    static boolean isTarget(Reading r, String text, Sentence sentence, String heading) {
        String clause = text.substring(sentence.start(), r.start());
        int semicolon = clause.lastIndexOf(';');
        String padded = Words.phrase(semicolon < 0 ? clause : clause.substring(semicolon + 1));
        return Lexicon.any(padded, Lexicon.TARGET_CUES) || looksAhead(heading);
    }

    static boolean looksAhead(String heading) {
        return Lexicon.any(Words.phrase(heading), Lexicon.FORWARD_HEADINGS);
    }

    static boolean approximate(Reading r, String text, Sentence sentence) {
        List<String> pre = Words.tokens(text.substring(Math.max(sentence.start(), r.start() - 20), r.start()));
        return endsWith(pre, Lexicon.APPROXIMATE, false);
    }

    /** A multiplied amount without "đồng" ("820 triệu") is money in a sentence about money, else a count. */
    static Measure measure(Reading r, Sentence sentence) {
        if (r.measure() != null) {
            return r.measure();
        }
        return Lexicon.any(Words.phrase(sentence.text()), Lexicon.MONEY_CONTEXT) ? Measure.MONEY : Measure.COUNT;
    }

    /** The last tokens are one of the phrases (with "số" between a document type and its number). */
    static boolean endsWith(List<String> tokens, List<String> phrases, boolean allowSo) {
        List<String> t = tokens;
        if (allowSo && !t.isEmpty() && t.getLast().equals("số")) {
            t = t.subList(0, t.size() - 1);
        }
        for (String phrase : phrases) {
            List<String> p = Words.tokens(phrase);
            if (t.size() >= p.size() && t.subList(t.size() - p.size(), t.size()).equals(p)) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWith(List<String> tokens, List<String> phrases) {
        for (String phrase : phrases) {
            List<String> p = Words.tokens(phrase);
            if (tokens.size() >= p.size() && tokens.subList(0, p.size()).equals(p)) {
                return true;
            }
        }
        return false;
    }
}
