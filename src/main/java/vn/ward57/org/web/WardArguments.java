package vn.ward57.org.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.ward57.org.Province;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/**
 * A controller parameter of type {@link Ward} is the ward of the {@code {wardCode}} path variable, one of type
 * {@link Province} the province of {@code {provinceCode}}: looked up and read-checked once per request (404 for
 * an unknown code, 403 for a ward the user may not read, or a province it does not administer), then kept in
 * the request. Declare it before a {@code @RequestBody} or {@code @Valid} form, so that a user of another
 * ward is refused before anything about its input is said.
 */
@Configuration(proxyBeanMethods = false)
class WardArguments implements WebMvcConfigurer {

    static final String WARD = WardArguments.class.getName() + ".ward";
    static final String PROVINCE = WardArguments.class.getName() + ".province";

    private final WardService wards;

    WardArguments(WardService wards) {
        this.wards = wards;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PathResolver<>(Ward.class, "wardCode", WARD, wards::get));
        resolvers.add(new PathResolver<>(Province.class, "provinceCode", PROVINCE, wards::requireProvince));
    }

    /** One type from one path variable, through a lookup that checks access; kept in the request once found. */
    record PathResolver<T>(Class<T> type, String variable, String attribute, Function<String, T> lookup)
            implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == type;
        }

        @Override
        public T resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                 WebDataBinderFactory binders) {
            Object kept = request.getAttribute(attribute, RequestAttributes.SCOPE_REQUEST);
            if (type.isInstance(kept)) {
                return type.cast(kept);
            }
            @SuppressWarnings("unchecked")
            Map<String, String> variables = (Map<String, String>) request.getAttribute(
                    HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
            String code = variables == null ? null : variables.get(variable);
            if (code == null) {
                throw new IllegalStateException(parameter.getExecutable() + " takes a " + type.getSimpleName()
                        + " but its path has no {" + variable + "}");
            }
            T found = lookup.apply(code);
            request.setAttribute(attribute, found, RequestAttributes.SCOPE_REQUEST);
            return found;
        }
    }
}
