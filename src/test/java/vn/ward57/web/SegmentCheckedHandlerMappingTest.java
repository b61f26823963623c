package vn.ward57.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
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
     * For URLs made from each pattern of the app (and each with a slash at its end, a segment fewer and
     * one more): no mapping Spring would match is passed over by the first look.
     */
    @Test
    void noMappingThatMatchesAUrlIsPassedOverForIt() {
        int urls = 0;
        int matched = 0;
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String sample = sampleUrl(pattern.getPatternString());
                String shorter = sample.substring(0, Math.max(1, sample.lastIndexOf('/')));
                for (String url : List.of(sample, sample + "/", shorter, sample + "/x")) {
                    for (String method : methodsOf(info)) {
                        MockHttpServletRequest request = request(method, url);
                        info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
                                .ifPresent(type -> request.setContentType(type.toString()));
                        urls++;
                        matched += assertNoMatchIsPassedOver(request);
                    }
                }
            }
        }
        assertThat(urls).isGreaterThan(4 * 300);
        assertThat(matched).isGreaterThanOrEqualTo(urls / 4 * 9 / 10); // the sample URLs do reach their mappings
    }

    /** How many mappings match the request, after checking that the first look keeps each of them. */
    private int assertNoMatchIsPassedOver(MockHttpServletRequest request) {
        List<String> segments = SegmentCheckedHandlerMapping.segments(
                ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication());
        int matched = 0;
        for (RequestMappingInfo other : mapping.getHandlerMethods().keySet()) {
            if (other.getMatchingCondition(request) != null) {
                matched++;
                SegmentCheckedHandlerMapping.FixedSegments fixed =
                        SegmentCheckedHandlerMapping.FixedSegments.of(other.getPathPatternsCondition());
                assertThat(fixed == null || fixed.mayMatch(segments))
                        .as("%s %s matches %s", request.getMethod(), request.getRequestURI(), other).isTrue();
            }
        }
        return matched;
    }

    @Test
    void aWardsPageIsLookedAtClosely() throws Exception {
        MockHttpServletRequest request = request("GET", "/wards/an-hai/dashboard");
        List<String> segments = SegmentCheckedHandlerMapping.segments(
                ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication());
        long left = mapping.getHandlerMethods().keySet().stream()
                .map(info -> SegmentCheckedHandlerMapping.FixedSegments.of(info.getPathPatternsCondition()))
                .filter(fixed -> fixed == null || fixed.mayMatch(segments)).count();
        assertThat(left).isBetween(1L, 12L);
        assertThat(handlerOf(request).getMethod().getName()).isEqualTo("page");
        assertThat(handlerOf(request).getBeanType().getSimpleName()).isEqualTo("DashboardPageController");
    }

    @Test
    void anEncodedUrlFindsTheSamePageAsSpringDoes() throws Exception {
        // %61 is "a": path patterns match the decoded segment, and so does the first look
        HandlerMethod plain = handlerOf(request("GET", "/provinces/bench/dashboard"));
        HandlerMethod encoded = handlerOf(request("GET", "/provinces/bench/d%61shboard"));
        assertThat(encoded.getMethod()).isEqualTo(plain.getMethod());
    }

    private HandlerMethod handlerOf(MockHttpServletRequest request) throws Exception {
        HandlerExecutionChain chain = mapping.getHandler(request);
        assertThat(chain).as("a handler for %s", request.getRequestURI()).isNotNull();
        return (HandlerMethod) chain.getHandler();
    }

    private static MockHttpServletRequest request(String method, String url) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, url);
        request.addHeader("Accept", "*/*");
        request.setContentType("application/json");
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
