package vn.ward57.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A sentence of a block: a finding quotes it. A table row is one sentence. */
record Sentence(Block block, int start, int end, String text) {

    /** A full stop ends a sentence when a capital, a list mark or a bracket follows; never inside 12.456 or 57-NQ/TW. */
    private static final Pattern END = Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}\\d\\-+•(“\"])|\\n+");

    static List<Sentence> split(Block block) {
        List<Sentence> out = new ArrayList<>();
        String text = block.text();
        if (block.isTable()) {
            int at = 0;
            for (List<String> row : block.rows()) {
                String line = String.join(" ; ", row);
                out.add(new Sentence(block, at, at + line.length(), line));
                at += line.length() + 3;
            }
            return out;
        }
        Matcher m = END.matcher(text);
        int start = 0;
        while (m.find()) {
            add(out, block, text, start, m.start());
            start = m.end();
        }
        add(out, block, text, start, text.length());
        return out;
    }

    private static void add(List<Sentence> out, Block block, String text, int start, int end) {
        if (end > start && !text.substring(start, end).isBlank()) {
            out.add(new Sentence(block, start, end, text.substring(start, end)));
        }
    }

    boolean contains(int position) {
        return position >= start && position < end;
    }
}
