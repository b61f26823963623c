package vn.ward57.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ward57.check.Reading.Form;

/**
 * The breakdowns a sentence states: a whole, then its parts, marked by a bracket right after the whole
 * ("11.962 hồ sơ (9.765 trực tuyến và 2.197 trực tiếp)") or by "trong đó", "gồm", "cụ thể" ("34 nhiệm vụ,
 * trong đó: 30 …, 4 …"). The list runs to the closing bracket, the end of the sentence, or a semicolon (which
 * separates items only in a list opened with a colon: "gồm: 03 lãnh đạo; HĐND: 03; …"); each item gives its first
 * count.
 */
final class Breakdowns {

    record Breakdown(Mention whole, List<Mention> parts, boolean exhaustive, int listEnd) {
    }

    private static final Pattern MARKER = Pattern.compile("(?iu)(?<!\\p{L})(trong đó|bao gồm|gồm|cụ thể|chia ra|chia thành)(?!\\p{L})\\s*:?\\s*(có\\s+)?|\\(");

    private Breakdowns() {
    }

    static List<Breakdown> of(Sentence s, List<Mention> mentions) {
        List<Breakdown> out = new ArrayList<>();
        String text = s.block().text();
        Matcher m = MARKER.matcher(text).region(s.start(), s.end());
        while (m.find()) {
            boolean bracket = m.group().equals("(");
            Mention whole = wholeBefore(m.start(), mentions, text, bracket);
            if (whole == null) {
                continue;
            }
            // a list inside a bracket ("4.838 hồ sơ (gồm 98 …)") ends with the bracket
            boolean inBracket = !bracket && depthAt(text, s.start(), m.start()) > 0;
            int end = bracket || inBracket ? closing(text, m.end(), s.end()) : s.end();
            List<List<Mention>> items = items(text, m.end(), end, mentions, m.group().contains(":"));
            List<Mention> parts = new ArrayList<>();
            for (List<Mention> item : items) {
                Mention part = part(item);
                if (part != null) {
                    parts.add(part);
                }
            }
            if (parts.size() >= 2) {
                String list = text.substring(m.end(), end);
                boolean exhaustive = bracket || m.group().toLowerCase().contains("gồm")
                        || Pattern.compile("(?iu)(?<!\\p{L})và\\s+(\\S+\\s+){0,3}?" + Pattern.quote(parts.getLast().raw())).matcher(list).find();
                out.add(new Breakdown(whole, parts, exhaustive, end));
            }
        }
        return out;
    }

    /** The exact count just before the marker, with no clause between (a bracket must follow it within a few words). */
    private static Mention wholeBefore(int marker, List<Mention> mentions, String text, boolean bracket) {
        Mention whole = null;
        for (Mention m : mentions) {
            if (m.reading().end() <= marker) {
                whole = m;
            }
        }
        if (whole == null || !whole.isExact() || whole.measure() != Measure.COUNT) {
            return null;
        }
        String between = text.substring(whole.reading().end(), marker);
        int words = between.isBlank() ? 0 : between.strip().split("\\s+").length;
        if (between.contains(";") || between.contains(".") && !between.strip().equals(".") || words > (bracket ? 8 : 14)) {
            return null;
        }
        return bracket && between.contains(",") ? null : whole;
    }

    private static int closing(String text, int from, int limit) {
        int depth = 1;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return limit;
    }

    /**
     * The items of the list: split at commas, semicolons and "và" outside brackets. A list separated by commas
     * ends at a semicolon; one separated by semicolons runs on. A nested bracket belongs to its item.
     */
    private static List<List<Mention>> items(String text, int from, int to, List<Mention> mentions, boolean colon) {
        List<int[]> spans = new ArrayList<>();
        int depth = 0;
        int start = from;
        Character separator = null;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (c == ',' || c == ';')) {
                if (separator == null && hasFigure(mentions, start, i)) {
                    separator = c;
                }
                spans.add(new int[] {start, i});
                start = i + 1;
                if (c == ';' && (!colon || Character.valueOf(',').equals(separator))) {
                    start = to;
                    break;
                }
            } else if (depth == 0 && text.startsWith(" và ", i)) {
                spans.add(new int[] {start, i});
                start = i + 4;
            }
        }
        if (start < to) {
            spans.add(new int[] {start, to});
        }
        List<List<Mention>> items = new ArrayList<>();
        for (int[] span : spans) {
            items.add(mentions.stream().filter(m -> m.reading().start() >= span[0] && m.reading().end() <= span[1])
                    .filter(m -> depthAt(text, span[0], m.reading().start()) == 0).toList());
        }
        return items;
    }

    private static boolean hasFigure(List<Mention> mentions, int from, int to) {
        return mentions.stream().anyMatch(m -> m.reading().start() >= from && m.reading().end() <= to && m.role().isFigure());
    }

    private static int depthAt(String text, int from, int at) {
        int depth = 0;
        for (int i = from; i < at; i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
        }
        return Math.max(0, depth);
    }

    /** An item's first count; a fraction counts its numerator unless a rate follows it (then it is a rate). */
    private static Mention part(List<Mention> item) {
        for (int i = 0; i < item.size(); i++) {
            Mention m = item.get(i);
            if (!m.role().isFigure()) {
                continue;
            }
            if (m.approximate() || m.value() == null || m.measure() != Measure.COUNT) {
                return null;
            }
            if (m.reading().form() == Form.FRACTION
                    && item.stream().skip(i + 1).anyMatch(o -> o.measure() == Measure.PERCENT)) {
                return null;
            }
            return m;
        }
        return null;
    }
}
