package vn.ward57.common.web;

import java.util.Arrays;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import vn.ward57.common.error.Ward57Exception;

/** Resolves message keys in the request's language (Vietnamese unless the user chose English). */
@Component
public class Messages {

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... args) {
        return get(LocaleContextHolder.getLocale(), key, args);
    }

    /** In a given language: for code that runs before the request's language is known (filters). */
    public String get(java.util.Locale locale, String key, Object... args) {
        return source.getMessage(key, resolveArgs(args), key, locale);
    }

    /** Arguments that are themselves message keys (the names of tables) in the request's language. */
    public Object[] resolveArgs(Object... args) {
        return Arrays.stream(args)
                .map(a -> a instanceof String s && s.startsWith("table.") ? get(s) : a)
                .toArray();
    }

    public String get(Ward57Exception e) {
        return get(e.messageKey(), e.args());
    }

    public String get(MessageSourceResolvable resolvable) {
        return source.getMessage(resolvable, LocaleContextHolder.getLocale());
    }

    public String field(String name) {
        return source.getMessage(new DefaultMessageSourceResolvable(new String[] {"field." + name}, name),
                LocaleContextHolder.getLocale());
    }
}
