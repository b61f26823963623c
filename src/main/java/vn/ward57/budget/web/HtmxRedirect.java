package vn.ward57.budget.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.ward57.common.web.Htmx;

/**
 * After a change that removes the page it was made on (a deleted line or payment): a plain post is
 * redirected; htmx is told to load the other page (HX-Redirect), the message kept for it as flash.
 */
final class HtmxRedirect {

    private HtmxRedirect() {
    }

    static String to(String url, String message, HttpServletRequest request, HttpServletResponse response,
                     RedirectAttributes redirect, Model model) {
        if (!Htmx.isHtmx(request)) {
            redirect.addFlashAttribute("flash", message);
            return "redirect:" + url;
        }
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put("flash", message);
        RequestContextUtils.saveOutputFlashMap(url, request, response);
        response.setHeader("HX-Redirect", url);
        model.addAttribute("flash", message);
        return "fragments :: flash";
    }
}
