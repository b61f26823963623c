package vn.ward57.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files are served from /css, /js and /webjars only (spring.web.resources.add-mappings is off).
 * Boot's default maps them to /** instead, and then every link on every page (a dashboard has a
 * hundred) is first looked for on the class path by the resource chain before it is written: a few
 * milliseconds per page, most of the dashboard's time once its figures are kept.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final LayoutInterceptor layout;

    WebConfig(LayoutInterceptor layout) {
        this.layout = layout;
    }

    /**
     * Requests served a few at a time, in their order ({@link RequestQueue}): twice the cores, at least
     * four, unless {@code ward57.web.requests-at-once} says otherwise.
     */
    @Bean
    FilterRegistrationBean<RequestQueue> requestQueue(@Value("${ward57.web.requests-at-once:0}") int atOnce,
                                                      @Value("${ward57.web.max-wait:1s}") Duration maxWait) {
        int places = atOnce > 0 ? atOnce : Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        FilterRegistrationBean<RequestQueue> registration = new FilterRegistrationBean<>(new RequestQueue(places, maxWait));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE); // before security: its filters take CPU too
        return registration;
    }

    /** Spring's handler mapping, set up by Boot as always, looking a URL up among the mappings of its segments only. */
    @Bean
    WebMvcRegistrations segmentCheckedHandlerMapping() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new SegmentCheckedHandlerMapping();
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(layout).excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        // version-less paths (/webjars/htmx.org/dist/htmx.min.js) are resolved to the jar's version
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
