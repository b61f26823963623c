package vn.ward57.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * The app's request mappings by the URLs' numbers of segments they may match, each with its fixed
 * segments; and the fixed paths (no variable), which Spring looks up directly.
 */
final class MappingsBySegments {

    record Candidate(RequestMappingInfo info, HandlerMethod handlerMethod) {
    }

    private record Entry(Candidate candidate, FixedSegments fixed) {
    }

    private final Map<Integer, List<Entry>> bySegmentCount;
    private final List<Entry> anyCount;
    private final Set<String> fixedPaths;

    private MappingsBySegments(Map<Integer, List<Entry>> bySegmentCount, List<Entry> anyCount, Set<String> fixedPaths) {
        this.bySegmentCount = bySegmentCount;
        this.anyCount = anyCount;
        this.fixedPaths = fixedPaths;
    }

    static MappingsBySegments of(Map<RequestMappingInfo, HandlerMethod> handlerMethods,
                                 Function<RequestMappingInfo, Set<String>> directPaths) {
        Map<Integer, List<Entry>> bySegmentCount = new HashMap<>();
        List<Entry> anyCount = new ArrayList<>();
        Set<String> fixedPaths = new HashSet<>();
        handlerMethods.forEach((info, handlerMethod) -> {
            fixedPaths.addAll(directPaths.apply(info));
            FixedSegments fixed = FixedSegments.of(info.getPathPatternsCondition());
            Set<Integer> counts = fixed == null ? null : fixed.segmentCounts();
            Entry entry = new Entry(new Candidate(info, handlerMethod), fixed);
            if (counts == null) {
                anyCount.add(entry);
            } else {
                counts.forEach(n -> bySegmentCount.computeIfAbsent(n, k -> new ArrayList<>()).add(entry));
            }
        });
        bySegmentCount.replaceAll((n, entries) -> List.copyOf(entries));
        return new MappingsBySegments(Map.copyOf(bySegmentCount), List.copyOf(anyCount), Set.copyOf(fixedPaths));
    }

    /** A path without variables that some mapping has as it is: Spring finds those directly. */
    boolean isFixedPath(String lookupPath) {
        return fixedPaths.contains(lookupPath);
    }

    /** Every mapping whose patterns may match a URL of these segments (and a few that may not). */
    List<Candidate> candidates(List<String> segments) {
        List<Candidate> candidates = new ArrayList<>();
        for (Entry e : bySegmentCount.getOrDefault(segments.size(), List.of())) {
            if (e.fixed().mayMatch(segments)) {
                candidates.add(e.candidate());
            }
        }
        for (Entry e : anyCount) {
            if (e.fixed() == null || e.fixed().mayMatch(segments)) {
                candidates.add(e.candidate());
            }
        }
        return candidates;
    }
}
