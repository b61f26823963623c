package vn.ward57.common.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One controller method serves a page or, when htmx asks (header HX-Request), only the page's
 * fragment; the full page includes the same fragment, so nothing is written twice.
 */
public final class Htmx {

    private Htmx() {
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    public static String view(HttpServletRequest request, String page, String fragment) {
        return isHtmx(request) ? page + " :: " + fragment : page;
    }
}
