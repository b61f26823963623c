package vn.ward57.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxReswap;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.DatabaseConstraint;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.error.Ward57Exception;
import vn.ward57.common.web.Messages;

/**
 * Refusals on pages: a full error page in Vietnamese, or for htmx a message placed in the
 * page's message area (the htmx request does not replace the page content with an error).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

    private final Messages messages;

    PageErrorAdvice(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(AccessDeniedException e, HtmxRequest htmx, HtmxResponse hx, HttpServletResponse res, Model model) {
        return show(403, messages.get(e.getMessage()), htmx, hx, res, model);
    }

    @ExceptionHandler(Ward57Exception.class)
    String refused(Ward57Exception e, HtmxRequest htmx, HtmxResponse hx, HttpServletResponse res, Model model) {
        int status = switch (e) {
            case NotFoundException n -> 404;
            case ConflictException c -> 409;
            default -> 400;
        };
        return show(status, messages.get(e), htmx, hx, res, model);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    String constraint(DataIntegrityViolationException e, HtmxRequest htmx, HtmxResponse hx, HttpServletResponse res, Model model) {
        return refused(DatabaseConstraint.explain(e), htmx, hx, res, model);
    }

    private String show(int status, String message, HtmxRequest htmx, HtmxResponse hx, HttpServletResponse res, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        if (htmx.isHtmxRequest()) {
            hx.setRetarget("#flash");
            hx.setReswap(HtmxReswap.innerHtml());
            return "fragments :: alert";
        }
        res.setStatus(status);
        return "problem";
    }
}
