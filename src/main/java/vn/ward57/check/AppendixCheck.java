package vn.ward57.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.Finding.Severity;

/**
 * "Phụ lục N" referenced in the text but absent, or numbered twice. A text with no appendix at all may have
 * them in another file: a reference is then only noted (LOW), and so is "(có phụ lục kèm theo)" without a number
 * in a text with no appendix title at all.
 */
final class AppendixCheck implements Check {

    private static final Pattern REFERENCE = Pattern.compile("(?iu)phụ lục\\s+(?:số\\s+)?([IVXLC]+|\\d{1,2})\\b");
    /** An appendix named without a number: "(Có phụ lục kèm theo)", "chi tiết tại Phụ lục đính kèm". */
    private static final Pattern UNNUMBERED = Pattern.compile("(?iu)\\bphụ lục\\s+(?:kèm theo|đính kèm|gửi kèm)");
    /** A line that opens appendices, numbered or not: "Phụ lục", "CÁC PHỤ LỤC CHI TIẾT", "2. Phụ lục II …". */
    private static final Pattern ANY_TITLE = Pattern.compile("(?iu)^(?:\\d{1,2}\\.\\s*)?(?:các\\s+)?phụ lục\\b");
    private static final Pattern TITLE = Pattern.compile("(?iu)^(?:\\d{1,2}\\.\\s*)?phụ lục\\s+(?:số\\s+)?([IVXLC]+|\\d{1,2})\\b");

    @Override
    public List<Finding> run(Analysis text, KnownFigures known) {
        Set<String> present = new LinkedHashSet<>();
        Map<String, Block> titles = new LinkedHashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Block b : text.text.blocks()) {
            if (b.appendix() != null) {
                present.add(b.appendix().toUpperCase());
            }
            Matcher t = TITLE.matcher(b.text());
            if (!b.isTable() && b.text().equals(b.heading()) && t.find()) {
                String n = t.group(1).toUpperCase();
                if (titles.containsKey(n)) {
                    out.add(finding(text, b, t.start(1), Severity.HIGH,
                            "Phụ lục %s được đánh số hai lần (cũng là “%s”).".formatted(n, titles.get(n).text())));
                }
                titles.put(n, b);
                present.add(n);
            }
        }
        // a title line, or a table whose first cell is the title (Word files often put it there)
        boolean anyAppendix = !present.isEmpty() || text.text.blocks().stream().anyMatch(b -> b.isTable()
                ? !b.rows().isEmpty() && !b.rows().getFirst().isEmpty() && ANY_TITLE.matcher(b.rows().getFirst().getFirst()).find()
                : b.text().length() < 160 && ANY_TITLE.matcher(b.text()).find());
        for (Block b : text.text.blocks()) {
            if (b.isTable() || b.text().equals(b.heading())) {
                continue;
            }
            Matcher u = UNNUMBERED.matcher(b.text());
            if (!anyAppendix && u.find()) {
                int end = u.start() + "phụ lục".length();
                out.add(Spans.finding(b, u.start(), end, Severity.LOW, Kind.FORMAT, List.of(b.text().substring(u.start(), end)),
                        "Văn bản nhắc phụ lục kèm theo nhưng không kèm phụ lục nào.", null));
            }
            Matcher m = REFERENCE.matcher(b.text());
            while (m.find()) {
                String n = m.group(1).toUpperCase();
                if (!present.contains(n)) {
                    out.add(finding(text, b, m.start(1), present.isEmpty() ? Severity.LOW : Severity.HIGH,
                            present.isEmpty() ? "Văn bản nhắc Phụ lục %s nhưng không kèm phụ lục nào.".formatted(n)
                                    : "Văn bản nhắc Phụ lục %s nhưng không có phụ lục này (có: %s).".formatted(n,
                                            String.join(", ", present))));
                }
            }
        }
        return out;
    }

    private static Finding finding(Analysis text, Block b, int at, Severity severity, String why) {
        Sentence s = Sentence.split(b).stream().filter(x -> x.contains(at)).findFirst()
                .orElse(new Sentence(b, 0, b.text().length(), b.text()));
        int end = at;
        while (end < b.text().length() && Character.isLetterOrDigit(b.text().charAt(end))) {
            end++;
        }
        var location = new Finding.Location(b.index(), b.heading(), at, end, at - s.start(), end - s.start());
        return new Finding(severity, Kind.FORMAT, s.text(), location, List.of(b.text().substring(at, end)), why, null,
                null, null, null);
    }
}
