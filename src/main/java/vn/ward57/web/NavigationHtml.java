package vn.ward57.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.ward57.common.security.Actor;
import vn.ward57.common.web.FragmentRenderer;
import vn.ward57.org.Ward;

/**
 * The menu at the top of every page, rendered once per user, ward and language and kept as HTML. It
 * holds no data of the ward, only links and labels, so nothing makes it stale: what it shows depends
 * on the user's role and wards, which are part of the key. Rendering its twenty links was a large
 * share of a page whose content is itself kept (the dashboard).
 */
@Component
class NavigationHtml {

    /** More keys than this means many users on many wards: start again rather than grow. */
    static final int MAX_KEPT = 5_000;

    private record Key(Actor actor, String wardCode, Locale locale) {
    }

    private final FragmentRenderer renderer;
    private final Map<Key, String> kept = new ConcurrentHashMap<>();

    NavigationHtml(FragmentRenderer renderer) {
        this.renderer = renderer;
    }

    /** The menu for this user on this page's ward (null: the user's own), as "fragments :: nav" renders it. */
    String of(Actor actor, Ward ward, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        Key key = new Key(actor, ward == null ? null : ward.code(), locale);
        String html = kept.get(key);
        if (html == null) {
            Map<String, Object> model = new HashMap<>();
            model.put("me", actor);
            model.put("ward", ward);
            html = renderer.render("fragments :: nav", model, locale, request, response);
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            kept.put(key, html);
        }
        return html;
    }

    int size() {
        return kept.size();
    }
}
