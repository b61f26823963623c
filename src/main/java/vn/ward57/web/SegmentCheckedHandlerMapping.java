package vn.ward57.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's mapping, with a cheap first look at each mapping's fixed path segments. For a URL with a
 * variable in it (every ward's page: /wards/an-hai/dashboard) Spring tries all ~530 mappings of the app
 * in turn, each with its method, header, media-type and path conditions: a fifth of the server's time
 * for a page. Here a mapping whose fixed segments (wards, dashboard) are not those of the URL at their
 * places is passed over before those conditions; the others go through Spring's own matching
 * unchanged, and so does anything it cannot rule out this way.
 */
class SegmentCheckedHandlerMapping extends RequestMappingHandlerMapping {

    /** The URL's segments, decoded as the path patterns see them, while its handler is looked up. */
    private static final ThreadLocal<List<String>> LOOKUP_SEGMENTS = new ThreadLocal<>();

    /**
     * By identity: a mapping's own hash code is computed from all its conditions, which costs more than
     * the look it saves. Written while the mappings are registered (at start), read on every request.
     */
    private volatile Map<RequestMappingInfo, FixedSegments> fixedSegments = new IdentityHashMap<>();

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        FixedSegments fixed = FixedSegments.of(mapping.getPathPatternsCondition());
        // literals are compared as written: only where the patterns are case-sensitive (Spring's default)
        if (fixed != null && getPatternParser() != null && getPatternParser().isCaseSensitive()) {
            synchronized (this) {
                Map<RequestMappingInfo, FixedSegments> copy = new IdentityHashMap<>(fixedSegments);
                copy.put(mapping, fixed);
                fixedSegments = copy;
            }
        }
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        LOOKUP_SEGMENTS.set(segments(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()));
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            LOOKUP_SEGMENTS.remove();
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        List<String> segments = LOOKUP_SEGMENTS.get();
        FixedSegments fixed = segments == null ? null : fixedSegments.get(info);
        if (fixed != null && !fixed.mayMatch(segments)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    /** The path's segments as path patterns match them: decoded, without ;parameters, empty ones left out. */
    static List<String> segments(PathContainer path) {
        List<String> segments = new ArrayList<>();
        for (PathContainer.Element e : path.elements()) {
            if (e instanceof PathContainer.PathSegment s) {
                segments.add(s.valueToMatch());
            }
        }
        return segments;
    }

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
}
