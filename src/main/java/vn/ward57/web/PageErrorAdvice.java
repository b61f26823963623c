package vn.ward57.web;

import jakarta.servlet.http.HttpServletRequest;
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
import vn.ward57.common.web.Htmx;
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
    String denied(AccessDeniedException e, HttpServletRequest req, HttpServletResponse res, Model model) {
        return show(403, messages.get(e.getMessage()), req, res, model);
    }

    @ExceptionHandler(Ward57Exception.class)
    String refused(Ward57Exception e, HttpServletRequest req, HttpServletResponse res, Model model) {
        int status = switch (e) {
            case NotFoundException n -> 404;
            case ConflictException c -> 409;
            default -> 400;
        };
        return show(status, messages.get(e), req, res, model);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    String constraint(DataIntegrityViolationException e, HttpServletRequest req, HttpServletResponse res, Model model) {
        return refused(DatabaseConstraint.explain(e), req, res, model);
    }

    private String show(int status, String message, HttpServletRequest req, HttpServletResponse res, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        if (Htmx.isHtmx(req)) {
            res.setHeader("HX-Retarget", "#flash");
            res.setHeader("HX-Reswap", "innerHTML");
            return "fragments :: alert";
        }
        res.setStatus(status);
        return "problem";
    }
}
