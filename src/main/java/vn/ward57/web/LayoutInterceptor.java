package vn.ward57.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import vn.ward57.common.security.CurrentActor;

/**
 * Adds what the layout shows on every full page: the user. Runs only for rendered pages, not for API
 * answers or htmx fragments. A province admin's ward switcher gets its wards when first used
 * ({@link HomeController#switchOptions}), so they are neither queried nor rendered on every page.
 */
@Component
class LayoutInterceptor implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView mav) {
        if (mav == null || HtmxRequest.fromRequest(request).isHtmxRequest()
                || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
            return;
        }
        CurrentActor.find().ifPresent(actor -> mav.addObject("me", actor));
    }
}
