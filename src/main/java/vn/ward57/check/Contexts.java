package vn.ward57.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.ward57.check.Reading.Form;

/** The words that name a number, and the time its sentence speaks of. */
final class Contexts {

    /** Words that name nothing by themselves: a context of only these borrows the clause before. */
    static final Set<String> EMPTY_WORDS = Set.of("là", "đạt", "có", "được", "với", "của", "các", "những", "số", "tổng",
            "tỷ", "lệ", "trong", "đó", "và", "đã", "còn", "cụ", "thể", "theo", "tại", "trên", "cho", "thì", "này", "đến",
            "ngày", "từ", "chiếm", "bằng", "khoảng", "hồ", "sơ", "người", "lượt", "gồm", "bao", "như", "sau", "hiện",
            "nay", "về", "mới", "chỉ", "ra", "kết", "quả");

    private Contexts() {
    }

    /**
     * The words of the number's clause: back to the last comma, semicolon or bracket (or the number before),
     * forward to the next one (or the number after). A clause of empty words borrows the clause before it
     * ("7.185/7.355 hồ sơ trực tuyến, đạt 97,69%": the rate is of the online dossiers).
     */
    static String context(Reading r, List<Reading> all, Sentence s, String text) {
        int prevEnd = s.start();
        int nextStart = s.end();
        for (Reading o : all) {
            if (!bounds(o)) {
                continue;
            }
            if (o.end() <= r.start() && o.end() > prevEnd && s.contains(o.start())) {
                prevEnd = o.end();
            }
            if (o.start() >= r.end() && o.start() < nextStart && s.contains(o.start())) {
                nextStart = o.start();
            }
        }
        String before = text.substring(prevEnd, r.start());
        String after = text.substring(r.end(), nextStart);
        String clauseBefore = lastClause(before);
        // "A hồ sơ trực tuyến và B hồ sơ trực tiếp": the words up to "và" name A, not B
        int and = clauseBefore.lastIndexOf(" và ");
        if (prevEnd > s.start() && and >= 0 && clauseBefore.length() == before.length()) {
            clauseBefore = clauseBefore.substring(and + 4);
        }
        String clauseAfter = firstClause(after);
        // "… A hồ sơ trực tiếp và B hồ sơ qua bưu chính": the words after "và" name B, not A
        int andAfter = clauseAfter.indexOf(" và ");
        if (nextStart < s.end() && andAfter >= 0 && clauseAfter.length() == after.length()) {
            clauseAfter = clauseAfter.substring(0, andAfter);
        }
        String words = clauseBefore + " " + clauseAfter;
        if (contentWords(words) < 1) {
            String rest = before.substring(0, before.length() - clauseBefore.length());
            words = lastClause(rest.replaceAll("[,;(]\\s*$", "")) + " " + words;
        }
        return Words.phrase(words);
    }

    /** Another quantity ends a number's words; a year, a date or a document number is part of them. */
    private static boolean bounds(Reading o) {
        return o.isNumber() && !o.raw().matches("(19|20)\\d{2}");
    }

    static List<String> qualifiers(String context) {
        return Lexicon.QUALIFIERS.stream().filter(q -> Words.containsPhrase(context, q)).toList();
    }

    private static String lastClause(String s) {
        int cut = Math.max(Math.max(s.lastIndexOf(','), s.lastIndexOf(';')), Math.max(s.lastIndexOf('('), s.lastIndexOf(')')));
        return cut < 0 ? s : s.substring(cut + 1);
    }

    private static String firstClause(String s) {
        int cut = s.length();
        for (char c : new char[] {',', ';', '(', ')', ':'}) {
            int i = s.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return s.substring(0, cut);
    }

    static int contentWords(String text) {
        return (int) Words.tokens(text).stream().filter(t -> !EMPTY_WORDS.contains(t)).count();
    }

    /**
     * The time of a sentence: its period, else its last day, else its month or year; a date right after a
     * document's number is that document's, not the sentence's. "Giai đoạn 2", "lũy kế" and "6 tháng đầu năm"
     * become a label, so figures of different phases never meet.
     */
    static Scope scope(Sentence s, List<Mention> mentions) {
        LocalDate from = null;
        LocalDate to = null;
        boolean dated = false;
        List<String> labels = new ArrayList<>();
        Mention previous = null;
        String text = s.block().text();
        for (Mention m : mentions) {
            Reading r = m.reading();
            boolean ofDocument = previous != null && previous.role() == Role.DOCUMENT_NUMBER
                    && text.substring(previous.reading().end(), r.start()).matches("[\\s,]*(ngày|ban hành ngày)?\\s*");
            previous = m;
            if (ofDocument) {
                continue;
            }
            switch (m.role()) {
                case PERIOD -> {
                    from = r.date();
                    to = r.until();
                    dated = true;
                }
                case DATE -> {
                    if (r.date() != null && from == null) {
                        to = r.form() == Form.MONTH ? r.until() : r.date();
                        dated = r.form() != Form.MONTH;
                    }
                }
                case YEAR -> {
                    if (r.form() == Form.YEARS) {
                        labels.add(r.raw());
                    } else if (to == null && r.value() != null) {
                        int y = r.value().intValue();
                        from = LocalDate.of(y, 1, 1);
                        to = LocalDate.of(y, 12, 31);
                    } else if (to == null) {
                        int y = Integer.parseInt(r.raw());
                        from = LocalDate.of(y, 1, 1);
                        to = LocalDate.of(y, 12, 31);
                    }
                }
                case ORDINAL -> labels.add(Words.normalize(text.substring(Math.max(s.start(), r.start() - 12), r.end()))
                        .replaceAll("^.*?(?=\\p{L}+ \\d)", ""));
                case DURATION -> {
                    String after = Words.phrase(text.substring(r.end(), Math.min(s.end(), r.end() + 25)));
                    if (Lexicon.any(after, List.of("đầu năm", "cuối năm", "qua", "gần đây"))) {
                        labels.add(r.raw() + after.strip());
                    }
                }
                default -> {
                }
            }
        }
        if (Words.containsPhrase(Words.phrase(s.text()), "lũy kế")) {
            labels.add("lũy kế");
        }
        return new Scope(from, to, String.join(", ", labels), dated);
    }
}
