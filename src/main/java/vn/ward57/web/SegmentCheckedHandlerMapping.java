package vn.ward57.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.server.PathContainer;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Spring MVC's mapping, which looks a URL with a variable in it (every ward's page:
 * /wards/an-hai/dashboard) up among the mappings of its number of segments and fixed segments only.
 * Spring itself tries all ~530 mappings of the app in turn, each with its method, header, media-type
 * and path conditions: a fifth of the server's time for a page. The mappings left are matched by
 * Spring's own conditions and compared by its own order. A path some mapping has as it is
 * (/provinces, which Spring finds directly), a URL none of them match (Spring's 404, 405 or 415),
 * several equally good matches (its error) and CORS pre-flight requests go to Spring's lookup.
 */
class SegmentCheckedHandlerMapping extends RequestMappingHandlerMapping {

    private record Built(long atChange, MappingsBySegments mappings) {
    }

    /** Counts the changes of the mappings (at start, or registered at run time). */
    private final AtomicLong changes = new AtomicLong();
    /** Rebuilt at the first lookup after a change; a change while it is built makes it old at once. */
    private volatile Built built;

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        changes.incrementAndGet();
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        changes.incrementAndGet();
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        changes.incrementAndGet();
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        MappingsBySegments all = mappings();
        if (all == null || !ServletRequestPathUtils.hasParsedRequestPath(request) || all.isFixedPath(lookupPath)
                || CorsUtils.isPreFlightRequest(request)) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        List<String> segments = segments(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication());
        List<MappingsBySegments.Candidate> matches = new ArrayList<>(2);
        for (MappingsBySegments.Candidate candidate : all.candidates(segments)) {
            RequestMappingInfo matching = getMatchingMapping(candidate.info(), request);
            if (matching != null) {
                matches.add(new MappingsBySegments.Candidate(matching, candidate.handlerMethod()));
            }
        }
        if (matches.isEmpty()) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        if (matches.size() > 1) {
            Comparator<RequestMappingInfo> order = getMappingComparator(request);
            matches.sort((a, b) -> order.compare(a.info(), b.info()));
            if (order.compare(matches.get(0).info(), matches.get(1).info()) == 0) {
                return super.lookupHandlerMethod(lookupPath, request);
            }
        }
        MappingsBySegments.Candidate best = matches.getFirst();
        request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, best.handlerMethod());
        handleMatch(best.info(), lookupPath, request);
        return best.handlerMethod();
    }

    /** Spring's own lookup of the request's handler, to compare with in tests. */
    HandlerMethod springsLookup(HttpServletRequest request) throws Exception {
        return super.lookupHandlerMethod(initLookupPath(request), request);
    }

    /** This mapping's lookup of the request's handler, as {@link #getHandler} does it. */
    HandlerMethod lookup(HttpServletRequest request) throws Exception {
        return lookupHandlerMethod(initLookupPath(request), request);
    }

    /** Null where the literals can't be compared as written: path patterns that ignore case. */
    private MappingsBySegments mappings() {
        if (getPatternParser() == null || !getPatternParser().isCaseSensitive()) {
            return null;
        }
        long change = changes.get();
        Built current = built;
        if (current == null || current.atChange() != change) {
            current = new Built(change, MappingsBySegments.of(getHandlerMethods(), this::getDirectPaths));
            built = current;
        }
        return current.mappings();
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
}
