package vn.ward57.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;

/**
 * The literal segments of each of a mapping's patterns, by place, up to its first segment that can
 * span several (** or {*rest}): up to there each segment of a pattern matches exactly one of the
 * URL's, and a pattern without such a segment matches only URLs of its number of segments. A
 * mapping may match a URL only if one of its patterns has that number and its literals in place.
 */
record FixedSegments(Literals[] literalsOfEachPattern) {

    /**
     * A pattern's literal segments, {@code values[i]} at the URL's segment {@code places[i]}, the
     * deepest first (the first ones, "wards" or "api", are those of many mappings); {@code segments}
     * is the URL's number of segments, or -1 where it may be any.
     */
    record Literals(int segments, int[] places, String[] values) {

        static final Literals ANY = new Literals(-1, new int[0], new String[0]);
    }

    /** Null where a mapping has no path patterns to look at: Spring decides alone. */
    static FixedSegments of(PathPatternsRequestCondition condition) {
        if (condition == null || condition.getPatterns().isEmpty()) {
            return null;
        }
        return new FixedSegments(condition.getPatterns().stream().map(p -> literals(p.getPatternString()))
                .toArray(Literals[]::new));
    }

    private static Literals literals(String pattern) {
        List<String> parts = parts(pattern);
        if (parts == null) {
            return Literals.ANY;
        }
        List<Integer> places = new ArrayList<>();
        List<String> values = new ArrayList<>();
        int place = 0;
        boolean spans = false;
        for (String part : parts) {
            if (part.contains("**") || part.startsWith("{*")) {
                spans = true; // from here on a pattern segment may take any number of the URL's
                break;
            }
            if (!part.contains("{") && !part.contains("*") && !part.contains("?")) {
                places.addFirst(place);
                values.addFirst(part);
            }
            place++;
        }
        return new Literals(spans ? -1 : place, places.stream().mapToInt(Integer::intValue).toArray(),
                values.toArray(String[]::new));
    }

    /** The pattern's segments; null if a variable's regular expression holds a slash (not split here). */
    private static List<String> parts(String pattern) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder part = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == '/' && depth > 0) {
                return null;
            }
            if (c == '/') {
                if (!part.isEmpty()) {
                    parts.add(part.toString());
                }
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        if (!part.isEmpty()) {
            parts.add(part.toString());
        }
        return parts;
    }

    /** The URL's numbers of segments the patterns may match; null if one of them may match any. */
    Set<Integer> segmentCounts() {
        Set<Integer> counts = new TreeSet<>();
        for (Literals literals : literalsOfEachPattern) {
            if (literals.segments < 0) {
                return null;
            }
            counts.add(literals.segments);
        }
        return counts;
    }

    boolean mayMatch(List<String> segments) {
        for (Literals literals : literalsOfEachPattern) {
            if (inPlace(literals, segments)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inPlace(Literals literals, List<String> segments) {
        if (literals.segments >= 0 && literals.segments != segments.size()) {
            return false;
        }
        for (int i = 0; i < literals.places.length; i++) {
            int place = literals.places[i];
            if (place >= segments.size() || !segments.get(place).equals(literals.values[i])) {
                return false;
            }
        }
        return true;
    }
}
