package vn.ward57.web;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route with something in its path (a ward, a province, a record): the API's from its OpenAPI
 * description, the pages' from the handler mappings. Reads before writes, deletions last, so that a write let
 * through by mistake cannot hide what follows it.
 */
final class Routes {

    /**
     * @param api       a route of the JSON API (HTTP Basic, problem details) rather than a page
     * @param upload    it reads a multipart file
     * @param open      the description declares no security (the API's public routes)
     */
    record Route(String method, String pattern, boolean api, boolean upload, boolean open) {

        String name() {
            return method + " " + pattern;
        }

        boolean writes() {
            return !method.equals("GET");
        }
    }

    private Routes() {
    }

    static List<Route> of(String apiDocs, RequestMappingHandlerMapping mappings) {
        List<Route> routes = new ArrayList<>();
        JsonPath.<Map<String, Map<String, Map<String, Object>>>>read(apiDocs, "$.paths").forEach((path, item) ->
                item.forEach((method, operation) -> {
                    if (path.contains("{")) {
                        String body = String.valueOf(operation.get("requestBody"));
                        routes.add(new Route(method.toUpperCase(Locale.ROOT), path, true,
                                body.contains("multipart/form-data"),
                                ((List<?>) operation.getOrDefault("security", List.of("?"))).isEmpty()));
                    }
                }));
        mappings.getHandlerMethods().forEach((info, handler) -> {
            boolean upload = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> MultipartFile.class.equals(p.getParameterType()));
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api") || !pattern.contains("{")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    routes.add(new Route(method.name(), pattern, false, upload, false));
                }
            }
        });
        routes.sort(Comparator.comparingInt((Route r) -> switch (r.method()) {
            case "GET" -> 0;
            case "DELETE" -> 2;
            default -> 1;
        }).thenComparing(Route::name));
        return routes;
    }

    /**
     * Every page a person opens with GET (with or without something in its path): the handler mappings less the
     * API, the machine-readable routes (Open311, OpenAPI, actuator), files (a pattern ending in an extension) and
     * handlers that answer a body of their own (a download, JSON) rather than a view.
     */
    static List<Route> pages(RequestMappingHandlerMapping mappings) {
        List<Route> pages = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var methods = info.getMethodsCondition().getMethods();
            Class<?> returns = handler.getReturnType().getParameterType();
            boolean view = !handler.hasMethodAnnotation(ResponseBody.class)
                    && !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                    && !HttpEntity.class.isAssignableFrom(returns) && returns != void.class;
            for (String pattern : info.getPatternValues()) {
                boolean machine = pattern.matches("/(api|open311|actuator|api-docs|swagger-ui|v3|error)\\b.*")
                        || pattern.matches(".*\\.[a-z]+\\}?$");
                if (view && !machine && (methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                    pages.add(new Route("GET", pattern, false, false, false));
                }
            }
        });
        pages.sort(Comparator.comparing(Route::pattern));
        return pages;
    }
}
