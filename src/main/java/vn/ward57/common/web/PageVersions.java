package vn.ward57.common.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.ward57.common.security.CurrentActor;

/**
 * Pages whose content changes only with a write (a ward's dashboard, the province view) answer a browser
 * that has the current page already with 304 Not Modified, neither computed nor rendered: a wall screen
 * polling every minute costs the query of the revision. The ETag is a digest of all that the page shows:
 * the page's own data version (the ward's revision, the day, …) and what the layout adds to every page,
 * that is the user (menu, name), the session (its form token), the language, whether htmx asks for a
 * fragment, and each {@link LayoutState}. So another user, language or session never gets another's copy.
 */
@Component
public class PageVersions {

    private static final String KEPT_AND_ASKED_AGAIN = CacheControl.noCache().cachePrivate().getHeaderValue();

    private final List<LayoutState> layout;

    PageVersions(List<LayoutState> layout) {
        this.layout = layout;
    }

    /**
     * True when the browser's copy of the page built from {@code data} is current: the answer is then a
     * 304 and the controller returns null. Otherwise the answer carries the ETag and is kept privately by
     * the browser, which asks again each time. A page with a flash message (after a redirect) is never
     * matched nor kept: the message shows once. Each part of {@code data} names its value in its
     * {@code toString()} (records, numbers, dates, strings).
     */
    public boolean notModified(NativeWebRequest request, Object... data) {
        HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
        HttpServletResponse response = request.getNativeResponse(HttpServletResponse.class);
        Map<String, ?> flash = http == null ? null : RequestContextUtils.getInputFlashMap(http);
        if (http == null || response == null || (flash != null && !flash.isEmpty())) {
            return false;
        }
        StringBuilder shown = new StringBuilder(256);
        for (Object part : data) {
            shown.append(part).append('\n');
        }
        HttpSession session = http.getSession(false);
        shown.append(CurrentActor.find().orElse(null)).append('\n')
                .append(session == null ? "" : session.getId()).append('\n')
                .append(LocaleContextHolder.getLocale()).append('\n')
                .append(HtmxRequest.fromRequest(http).isHtmxRequest()).append('\n');
        for (LayoutState state : layout) {
            shown.append(state.current()).append('\n');
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, KEPT_AND_ASKED_AGAIN);
        // weak: the same page, though each rendering masks the form token anew
        return request.checkNotModified("W/\"" + DigestUtils.md5DigestAsHex(
                shown.toString().getBytes(StandardCharsets.UTF_8)) + "\"");
    }
}
