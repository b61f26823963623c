package vn.ward57.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.Finding.Severity;

/**
 * Tasks assigned by a directive, by status: done, in progress within the deadline, overdue and not done. The three
 * exclude each other (the national monitoring system counts each task once), so together they cannot exceed the
 * tasks assigned: "giao 16 nhiệm vụ … đã hoàn thành 16/16 … đang thực hiện 16" is wrong. A group opens where the
 * tasks assigned are stated (or at "hoàn thành A/B nhiệm vụ") and runs over the next paragraphs of its section.
 */
final class TaskStatusCheck implements Check {

    enum Status { ASSIGNED, DONE, IN_PROGRESS, OVERDUE }

    private static final String N = "(\\d{1,4})(?:/(\\d{1,4}))?(?![\\d%,.]\\d|\\s*%)";
    private static final String SEP = "\\s*[:;,]?\\s*";
    private static final Map<Status, List<Pattern>> PATTERNS = new EnumMap<>(Map.of(
            Status.ASSIGNED, List.of(p("giao" + SEP + N + "\\s+nhiệm vụ"), p("nhiệm vụ (?:được )?giao" + SEP + N)),
            // "hoàn thành đúng hạn 16" is a part of the tasks done, not the tasks done: the number must follow at once
            Status.DONE, List.of(p("nhiệm vụ (?:đã )?hoàn thành" + SEP + N), p("(?:đã )?hoàn thành " + N + "\\s+nhiệm vụ")),
            Status.IN_PROGRESS, List.of(
                    p("nhiệm vụ đang (?:triển khai )?(?:thực hiện|triển khai)(?: (?:trong|đúng) (?:thời )?hạn)?" + SEP + N),
                    p(N + "\\s+nhiệm vụ đang (?:triển khai|thực hiện)")),
            Status.OVERDUE, List.of(p("nhiệm vụ quá hạn,? chưa hoàn thành" + SEP + N),
                    p(N + "\\s+nhiệm vụ quá hạn,? chưa hoàn thành"))));

    /** How many paragraphs after the tasks assigned may still state their statuses. */
    private static final int REACH = 6;
    /** A status further than this from the count before it belongs to another passage: the form's lines are adjacent. */
    private static final int GAP = 2;

    private record Count(Status status, Block block, int start, int end, int value, Integer of) {
    }

    @Override
    public List<Finding> run(Analysis text, KnownFigures known) {
        List<Finding> out = new ArrayList<>();
        Group group = null;
        for (Block b : text.text.blocks()) {
            if (b.isTable()) {
                continue;
            }
            if (group != null && (!b.heading().equals(group.heading) || b.index() - group.from > REACH
                    || b.index() - group.last > GAP)) {
                group.judge(out);
                group = null;
            }
            for (Count c : counts(b)) {
                // "hoàn thành A/B" names its total B; it opens a group when no total was stated before it
                boolean fraction = c.status() == Status.DONE && c.of() != null;
                boolean opens = c.status() == Status.ASSIGNED
                        || fraction && (group == null || group.counts.containsKey(Status.DONE));
                if (opens) {
                    if (group != null) {
                        group.judge(out);
                    }
                    group = new Group(b);
                }
                if (group != null) {
                    group.last = b.index();
                    group.counts.putIfAbsent(c.status(), c);
                    if (fraction) {
                        group.counts.putIfAbsent(Status.ASSIGNED, new Count(Status.ASSIGNED, b, c.start(), c.end(), c.of(), null));
                    }
                }
            }
        }
        if (group != null) {
            group.judge(out);
        }
        return out;
    }

    /** The task counts a paragraph states, in reading order. */
    private static List<Count> counts(Block b) {
        String t = b.text().replace('*', ' '); // Markdown emphasis; same length, so spans stay the block's
        List<Count> out = new ArrayList<>();
        for (var e : PATTERNS.entrySet()) {
            for (Pattern p : e.getValue()) {
                Matcher m = p.matcher(t);
                while (m.find()) {
                    Integer of = m.group(2) == null ? null : Integer.valueOf(m.group(2));
                    out.add(new Count(e.getKey(), b, m.start(1), m.end(of == null ? 1 : 2), Integer.parseInt(m.group(1)), of));
                }
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /** The counts of one set of tasks: each status taken where it is first stated. */
    private static final class Group {
        final String heading;
        final int from;
        final Map<Status, Count> counts = new EnumMap<>(Status.class);
        int last;

        Group(Block opening) {
            heading = opening.heading();
            from = opening.index();
            last = from;
        }

        void judge(List<Finding> out) {
            Count assigned = counts.get(Status.ASSIGNED);
            List<Count> parts = List.of(Status.DONE, Status.IN_PROGRESS, Status.OVERDUE).stream()
                    .filter(counts::containsKey).map(counts::get).toList();
            if (assigned == null || parts.size() < 2) {
                return; // one status alone may be of other tasks; two beside their total are a split
            }
            if (parts.stream().anyMatch(c -> c.value() > assigned.value())) {
                return; // one status above the total: a count of other tasks (cumulative, another directive)
            }
            if (parts.stream().allMatch(c -> sameSentence(c, assigned))) {
                return; // a total and its parts in one sentence are SumCheck's
            }
            int sum = parts.stream().mapToInt(Count::value).sum();
            boolean over = sum > assigned.value();
            if (!over && !(parts.size() == 3 && sum < assigned.value())) {
                return;
            }
            // marked: in reading order, the status at which the running sum first passes the tasks assigned
            List<Count> ordered = parts.stream().sorted((x, y) -> x.block().index() != y.block().index()
                    ? Integer.compare(x.block().index(), y.block().index()) : Integer.compare(x.start(), y.start())).toList();
            Count marked = ordered.getLast();
            int running = 0;
            for (Count c : ordered) {
                running += c.value();
                if (over && running > assigned.value()) {
                    marked = c;
                    break;
                }
            }
            String terms = String.join(" + ", parts.stream().map(c -> label(c.status()) + " " + c.value()).toList());
            List<String> numbers = new ArrayList<>(List.of(String.valueOf(assigned.value())));
            parts.forEach(c -> numbers.add(String.valueOf(c.value())));
            String why = over
                    ? "Được giao %d nhiệm vụ, nhưng %s = %d: các tình trạng loại trừ nhau, cộng lại không thể vượt số được giao."
                    : "Được giao %d nhiệm vụ, nhưng %s = %d: mỗi nhiệm vụ phải ở đúng một tình trạng.";
            out.add(Spans.finding(marked.block(), marked.start(), marked.end(), over ? Severity.HIGH : Severity.MEDIUM,
                    Kind.SUM, numbers, why.formatted(assigned.value(), terms, sum), String.valueOf(assigned.value())));
        }
    }

    private static boolean sameSentence(Count a, Count b) {
        return a.block() == b.block() && Sentence.split(a.block()).stream()
                .anyMatch(s -> s.contains(a.start()) && s.contains(b.start()));
    }

    private static String label(Status s) {
        return switch (s) {
            case DONE -> "đã hoàn thành";
            case IN_PROGRESS -> "đang thực hiện";
            case OVERDUE -> "quá hạn chưa hoàn thành";
            case ASSIGNED -> "được giao";
        };
    }

    private static Pattern p(String regex) {
        return Pattern.compile("(?iu)" + regex.replace(" ", "\\s+"));
    }
}
