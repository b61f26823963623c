package vn.ward57.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.LayoutState;
import vn.ward57.org.WardService;

/**
 * Adds what the layout shows on every full page (the user, the wards a province admin can
 * switch between). Runs only for rendered pages, not for API answers or htmx fragments. The
 * switcher's wards are also part of every page's ETag: a new or renamed ward is not missed.
 */
@Component
class LayoutInterceptor implements HandlerInterceptor, LayoutState {

    private final WardService wards;

    LayoutInterceptor(WardService wards) {
        this.wards = wards;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView mav) {
        if (mav == null || HtmxRequest.fromRequest(request).isHtmxRequest() || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
            return;
        }
        CurrentActor.find().ifPresent(actor -> {
            mav.addObject("me", actor);
            if (actor.isProvinceAdmin()) {
                mav.addObject("switchWards", wards.visible());
            }
        });
    }

    /** The wards of the switcher, for a province admin. */
    @Override
    public Object current() {
        return CurrentActor.find().filter(Actor::isProvinceAdmin).map(a -> wards.visible()).orElse(List.of());
    }
}
