package vn.ward57.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files are served from /css, /js, /webjars and the icon only (spring.web.resources.add-mappings is off).
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

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(layout).excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**",
                "/favicon.ico", "/favicon.svg");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        // version-less paths (/webjars/htmx.org/dist/htmx.min.js) are resolved to the jar's version
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        // the tab's icon; browsers also ask for /favicon.ico by themselves
        registry.addResourceHandler("/favicon.ico", "/favicon.svg").addResourceLocations("classpath:/static/");
    }
}
