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
    private final PeriodNames periods;

    public Messages(MessageSource source) {
        this.source = source;
        this.periods = new PeriodNames(source);
    }

    public String get(String key, Object... args) {
        return get(LocaleContextHolder.getLocale(), key, args);
    }

    /** In a given language: for code that runs before the request's language is known (filters). */
    public String get(java.util.Locale locale, String key, Object... args) {
        return source.getMessage(key, resolveArgs(locale, args), key, locale);
    }

    /**
     * Arguments that are themselves message keys (the names of tables) and reporting periods (named in words,
     * "Tháng 11/2026": a message passes the period, not its code) in the request's language.
     */
    public Object[] resolveArgs(Object... args) {
        return resolveArgs(LocaleContextHolder.getLocale(), args);
    }

    private Object[] resolveArgs(java.util.Locale locale, Object... args) {
        return Arrays.stream(args).map(a -> switch (a) {
            case String s when s.startsWith("table.") -> get(locale, s);
            case vn.ward57.common.ReportingPeriod p -> periods.of(p, locale);
            case null, default -> a;
        }).toArray();
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
