package vn.ward57.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.ward57.common.security.Actor;
import vn.ward57.common.web.FragmentRenderer;
import vn.ward57.org.Ward;

/**
 * The menu at the top of every page and a province admin's ward switcher, each rendered once and
 * kept as HTML. The menu holds no data of the ward, only links and labels; what it shows depends on
 * the user's role and wards, which are part of its key. The switcher's key is the list of wards
 * itself, read fresh for every page: a renamed or new ward is a new key, never an old list. Rendering
 * twenty links and a hundred options was a large share of pages whose content is itself kept.
 */
@Component
class NavigationHtml {

    /** More menus than this means many users on many wards: start again rather than grow. */
    static final int MAX_MENUS = 5_000;
    /** A switcher's key holds its list of wards: fewer of them (wards × languages × admins' provinces). */
    static final int MAX_SWITCHERS = 500;

    private record MenuKey(Actor actor, String wardCode, Locale locale) {
    }

    private record SwitcherKey(List<Ward> wards, String selectedCode, Locale locale) {
    }

    private final FragmentRenderer renderer;
    private final Map<MenuKey, String> menus = new ConcurrentHashMap<>();
    private final Map<SwitcherKey, String> switchers = new ConcurrentHashMap<>();

    NavigationHtml(FragmentRenderer renderer) {
        this.renderer = renderer;
    }

    /** The menu for this user on this page's ward (null: the user's own), as "fragments :: nav" renders it. */
    String of(Actor actor, Ward ward, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        return kept(menus, MAX_MENUS, new MenuKey(actor, ward == null ? null : ward.code(), locale), () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("me", actor);
            model.put("ward", ward);
            return renderer.render("fragments :: nav", model, locale, request, response);
        });
    }

    /** The ward switcher over these wards with the page's ward selected, as "fragments :: switcher" renders it. */
    String switcher(List<Ward> wards, Ward selected, Locale locale, HttpServletRequest request,
                    HttpServletResponse response) {
        SwitcherKey key = new SwitcherKey(List.copyOf(wards), selected == null ? null : selected.code(), locale);
        return kept(switchers, MAX_SWITCHERS, key, () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("switchWards", wards);
            model.put("ward", selected);
            return renderer.render("fragments :: switcher", model, locale, request, response);
        });
    }

    private static <K> String kept(Map<K, String> kept, int max, K key, Supplier<String> render) {
        String html = kept.get(key);
        if (html == null) {
            html = render.get();
            if (kept.size() >= max) {
                kept.clear();
            }
            kept.put(key, html);
        }
        return html;
    }
}
