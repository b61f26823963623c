package vn.ward57.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.Htmx;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/**
 * Adds what the layout shows on every full page (the user, the wards a province admin can
 * switch between). Runs only for rendered pages, not for API answers or htmx fragments.
 */
@Component
class LayoutInterceptor implements HandlerInterceptor {

    private final WardService wards;
    private final NavigationHtml navigation;

    LayoutInterceptor(WardService wards, NavigationHtml navigation) {
        this.wards = wards;
        this.navigation = navigation;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView mav) {
        if (mav == null || Htmx.isHtmx(request) || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
            return;
        }
        CurrentActor.find().ifPresent(actor -> {
            mav.addObject("me", actor);
            Object ward = mav.getModel().get("ward");
            boolean keptHtml = ward == null || ward instanceof Ward;
            Locale locale = RequestContextUtils.getLocale(request);
            if (actor.isProvinceAdmin()) {
                List<Ward> switchWards = wards.visible();
                if (!keptHtml) {
                    mav.addObject("switchWards", switchWards);
                } else if (!switchWards.isEmpty()) {
                    mav.addObject("switchHtml", navigation.switcher(switchWards, (Ward) ward, locale, request, response));
                }
            }
            if (keptHtml) {
                mav.addObject("navHtml", navigation.of(actor, (Ward) ward, locale, request, response));
            }
        });
    }
}
