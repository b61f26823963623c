package vn.ward57.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import vn.ward57.Ward57Test;

@Ward57Test
class SegmentCheckedHandlerMappingTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void theAppsMappingIsTheCheckedOne() {
        assertThat(mapping).isInstanceOf(SegmentCheckedHandlerMapping.class);
        assertThat(mapping.getHandlerMethods()).hasSizeGreaterThan(300);
    }

    /**
     * URLs made from each pattern of the app (and each with a slash at its end, a segment fewer and one
     * more), with each of its methods: no mapping Spring would match is left out of the candidates, and
     * the lookup finds the handler Spring's own finds, with the same URL variables, or fails as it does.
     */
    @Test
    void everyUrlOfTheAppFindsTheHandlerSpringFinds() throws Exception {
        SegmentCheckedHandlerMapping checked = (SegmentCheckedHandlerMapping) mapping;
        MappingsBySegments bySegments = MappingsBySegments.of(mapping.getHandlerMethods(), info -> Set.of());
        int urls = 0;
        int found = 0;
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String sample = sampleUrl(pattern.getPatternString());
                String shorter = sample.substring(0, Math.max(1, sample.lastIndexOf('/')));
                for (String url : List.of(sample, sample + "/", shorter, sample + "/x")) {
                    for (String method : methodsOf(info)) {
                        String contentType = info.getConsumesCondition().getConsumableMediaTypes().stream()
                                .findFirst().map(Object::toString).orElse("application/json");
                        assertNoMatchIsLeftOut(request(method, url, contentType), bySegments);
                        Object ours = lookedUp(checked::lookup, request(method, url, contentType));
                        Object springs = lookedUp(checked::springsLookup, request(method, url, contentType));
                        assertThat(ours).as("%s %s", method, url).isEqualTo(springs);
                        urls++;
                        found += ours instanceof String ? 0 : 1;
                    }
                }
            }
        }
        assertThat(urls).isGreaterThan(4 * 300);
        assertThat(found).isGreaterThanOrEqualTo(urls / 4 * 9 / 10); // the sample URLs do reach handlers
    }

    private interface Lookup {
        HandlerMethod of(MockHttpServletRequest request) throws Exception;
    }

    /** The handler and the URL's variables, or the failure's kind (404 is null, 405 an exception). */
    private static Object lookedUp(Lookup lookup, MockHttpServletRequest request) {
        try {
            HandlerMethod handler = lookup.of(request);
            return handler == null ? "none" : List.of(handler.getMethod(), String.valueOf(
                    request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)), String.valueOf(
                    request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)));
        } catch (Exception e) {
            return e.getClass().getName();
        }
    }

    private void assertNoMatchIsLeftOut(MockHttpServletRequest request, MappingsBySegments bySegments) {
        List<String> segments = SegmentCheckedHandlerMapping.segments(
                ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication());
        List<MappingsBySegments.Candidate> candidates = bySegments.candidates(segments);
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            if (info.getMatchingCondition(request) != null) {
                assertThat(candidates).as("%s %s matches %s", request.getMethod(), request.getRequestURI(), info)
                        .anyMatch(c -> c.info() == info);
            }
        }
    }

    @Test
    void aWardsPageIsMatchedAgainstAFewMappings() throws Exception {
        MockHttpServletRequest request = request("GET", "/wards/an-hai/dashboard", "application/json");
        List<String> segments = SegmentCheckedHandlerMapping.segments(
                ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication());
        int candidates = MappingsBySegments.of(mapping.getHandlerMethods(), info -> Set.of())
                .candidates(segments).size();
        assertThat(candidates).isBetween(1, 5);
        assertThat(handlerOf(request).getMethod().getName()).isEqualTo("page");
        assertThat(handlerOf(request).getBeanType().getSimpleName()).isEqualTo("DashboardPageController");
        assertThat(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
                .isEqualTo(Map.of("wardCode", "an-hai"));
        assertThat(request.getAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE))
                .isEqualTo("/wards/an-hai/dashboard");
    }

    /**
     * Registered at run time (as some libraries do): found at once, even where a mapping known before
     * also matches the URL (the new one asks for a parameter, so Spring prefers it), and gone once
     * unregistered.
     */
    @Test
    void aMappingRegisteredAtRunTimeIsFoundAndOneUnregisteredIsNot() throws Exception {
        SegmentCheckedHandlerMapping checked = (SegmentCheckedHandlerMapping) mapping;
        assertThat(checked.lookup(laterRequest()).getMethod().getName()).isEqualTo("page"); // the index is built
        RequestMappingInfo info = RequestMappingInfo.paths("/wards/{wardCode}/dashboard").params("later")
                .methods(RequestMethod.GET)
                .options(mapping.getBuilderConfiguration()).build();
        mapping.registerMapping(info, new RegisteredLater(), RegisteredLater.class.getMethod("hello"));
        try {
            assertThat(checked.lookup(laterRequest()).getMethod().getName()).isEqualTo("hello");
        } finally {
            mapping.unregisterMapping(info);
        }
        assertThat(checked.lookup(laterRequest()).getMethod().getName()).isEqualTo("page");
    }

    private static MockHttpServletRequest laterRequest() {
        MockHttpServletRequest request = request("GET", "/wards/an-hai/dashboard", "application/json");
        request.setParameter("later", "1");
        return request;
    }

    static class RegisteredLater {
        public String hello() {
            return "xin chào";
        }
    }

    @Test
    void anEncodedUrlFindsTheSamePageAsSpringDoes() throws Exception {
        // %61 is "a": path patterns match the decoded segment, and so does the first look
        HandlerMethod plain = handlerOf(request("GET", "/provinces/bench/dashboard", "application/json"));
        HandlerMethod encoded = handlerOf(request("GET", "/provinces/bench/d%61shboard", "application/json"));
        assertThat(encoded.getMethod()).isEqualTo(plain.getMethod());
    }

    private HandlerMethod handlerOf(MockHttpServletRequest request) throws Exception {
        HandlerExecutionChain chain = mapping.getHandler(request);
        assertThat(chain).as("a handler for %s", request.getRequestURI()).isNotNull();
        return (HandlerMethod) chain.getHandler();
    }

    private static MockHttpServletRequest request(String method, String url, String contentType) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, url);
        request.addHeader("Accept", "*/*");
        request.setContentType(contentType);
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }

    private static List<String> methodsOf(RequestMappingInfo info) {
        List<String> methods = new ArrayList<>();
        info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
        return methods.isEmpty() ? List.of("GET") : methods;
    }

    /** A URL the pattern matches: a value for each variable, two segments for what spans several. */
    private static String sampleUrl(String pattern) {
        return pattern.replaceAll("\\{\\*[^}]*}", "a/b").replace("**", "a/b")
                .replaceAll("\\{[^/]*?}", "1").replace("*", "x").replace("?", "x");
    }
}
