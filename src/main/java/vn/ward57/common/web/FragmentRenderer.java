package vn.ward57.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Renders a template fragment to a string within the current request (its links, messages and locale
 * are the page's own), so that a page can keep the HTML of a part that costs much to render and is the
 * same for every viewer, and include it again with th:utext.
 */
@Component
public class FragmentRenderer {

    private final ThymeleafViewResolver views;

    FragmentRenderer(ThymeleafViewResolver views) {
        this.views = views;
    }

    /** The HTML of {@code "template :: fragment"} for this model. */
    public String render(String fragment, Map<String, ?> model, Locale locale, HttpServletRequest request,
                         HttpServletResponse response) {
        try {
            View view = views.resolveViewName(fragment, locale);
            if (view == null) {
                throw new IllegalStateException("no view " + fragment);
            }
            Capture capture = new Capture(response);
            view.render(model, request, capture);
            capture.writer.flush();
            return capture.html.toString();
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException("rendering " + fragment, e);
        }
    }

    /** The page's response for everything (URL encoding, headers) but the body, which goes to a string. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final CharArrayWriter html = new CharArrayWriter(16_384);
        private final PrintWriter writer = new PrintWriter(html);

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void setContentType(String type) {
            // the page sets its own
        }

        @Override
        public void setCharacterEncoding(String charset) {
            // the page sets its own
        }

        @Override
        public void setContentLength(int len) {
            // the page sets its own
        }

        @Override
        public void flushBuffer() {
            // the page's response is committed by the page, not by one of its parts
        }
    }
}
