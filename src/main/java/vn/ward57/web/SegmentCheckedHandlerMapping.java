package vn.ward57.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * Spring's own conditions and compared by its own order; a URL without a fixed path (/provinces),
 * a URL none of them match (Spring's 404, 405 or 415), several equally good matches (its error) and
 * CORS pre-flight requests go to Spring's lookup unchanged.
 */
class SegmentCheckedHandlerMapping extends RequestMappingHandlerMapping {

    /** Rebuilt at the first lookup after the mappings changed (at start, or registered at run time). */
    private volatile MappingsBySegments mappings;

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        mappings = null;
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        mappings = null;
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        mappings = null;
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
        MappingsBySegments current = mappings;
        if (current == null && getPatternParser() != null && getPatternParser().isCaseSensitive()) {
            current = MappingsBySegments.of(getHandlerMethods(), this::getDirectPaths);
            mappings = current;
        }
        return current;
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
