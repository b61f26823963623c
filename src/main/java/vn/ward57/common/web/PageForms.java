package vn.ward57.common.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.error.Ward57Exception;

/**
 * The way every page form is handled: validate, run the change, and on success say so (in the
 * htmx fragment, or after a redirect for a plain form post); on failure show why beside the field.
 */
@Component
public class PageForms {

    private final Messages messages;

    PageForms(Messages messages) {
        this.messages = messages;
    }

    /** Runs the change if the form is valid; returns whether it was made. Refusals land in errors. */
    public boolean attempt(BindingResult errors, Runnable change) {
        return save(errors, () -> {
            change.run();
            return true;
        }).isPresent();
    }

    /**
     * Runs the change if the form is valid; returns what it saved (the new record, for its id), or empty when it
     * was not made. Refusals land in errors.
     */
    public <T> Optional<T> save(BindingResult errors, Supplier<T> change) {
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(change.get());
        } catch (Ward57Exception e) {
            FormErrors.reject(errors, e, messages);
            return Optional.empty();
        }
    }

    /**
     * After an attempt: the fragment (htmx) or page to show, or a redirect after a plain post that
     * succeeded. A failed attempt without a form to show its errors puts them in the flash area.
     */
    public String respond(boolean done, String successKey, HttpServletRequest request, Model model,
                          RedirectAttributes redirect, String page, String fragment, String redirectTo,
                          Object... args) {
        boolean htmx = HtmxRequest.fromRequest(request).isHtmxRequest();
        if (done) {
            String text = messages.get(successKey, args);
            if (!htmx) {
                redirect.addFlashAttribute("flash", text);
                return "redirect:" + redirectTo;
            }
            model.addAttribute("flash", text);
        }
        return htmx ? page + " :: " + fragment : page;
    }

    /** For small forms that always go back to their page: the outcome travels as a flash message. */
    public void attemptAndRedirect(BindingResult errors, Runnable change, RedirectAttributes redirect,
                                   String successKey, Object... args) {
        saveAndRedirect(errors, () -> {
            change.run();
            return true;
        }, redirect, successKey, args);
    }

    /** As {@link #attemptAndRedirect}, returning what the change saved, or empty when it was not made. */
    public <T> Optional<T> saveAndRedirect(BindingResult errors, Supplier<T> change, RedirectAttributes redirect,
                                           String successKey, Object... args) {
        Optional<T> saved = save(errors, change);
        if (saved.isPresent()) {
            flash(redirect, successKey, args);
        } else {
            redirect.addFlashAttribute("flashError", summary(errors));
        }
        return saved;
    }

    /**
     * An import from a page: on success the count of rows written; on refusal the reason, and for a
     * file with faulty rows each fault (row, column, value, why) for the page's table of faults.
     */
    public void importAndRedirect(java.util.function.IntSupplier importer, RedirectAttributes redirect,
                                  String successKey) {
        try {
            flash(redirect, successKey, importer.getAsInt());
        } catch (vn.ward57.common.table.RowsRejectedException e) {
            redirect.addFlashAttribute("flashError", messages.get(e));
            redirect.addFlashAttribute("rowErrors", e.errors());
            if (e.unlisted() > 0) {
                redirect.addFlashAttribute("rowErrorsMore", messages.get("tablefile.more-errors", e.unlisted()));
            }
        } catch (Ward57Exception e) {
            redirect.addFlashAttribute("flashError", messages.get(e));
        }
    }

    /**
     * A register import started from a page: the page it goes back to shows the import's panel, which follows
     * it to its end; a refusal at once (no file, not CSV or XLSX, too large, no right) is said instead.
     */
    public void importStarted(java.util.function.Supplier<vn.ward57.common.imports.RegisterImport> start,
                              RedirectAttributes redirect) {
        try {
            var started = start.get();
            flash(redirect, "import.register.started", started.fileName());
            redirect.addFlashAttribute("registerImportId", started.id());
        } catch (Ward57Exception e) {
            redirect.addFlashAttribute("flashError", messages.get(e));
        }
    }

    /** A success message shown on the page a redirect leads to. */
    public void flash(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flash", messages.get(key, args));
    }

    /** A short text for all errors of a form that has no fields on the page (inline rename, delete). */
    public String summary(BindingResult errors) {
        return String.join(" ", errors.getAllErrors().stream().map(messages::get).toList());
    }
}
