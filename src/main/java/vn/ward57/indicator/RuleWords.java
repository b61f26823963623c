package vn.ward57.indicator;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.web.Messages;
import vn.ward57.indicator.ValidationService.Violation;

/**
 * A broken rule in words: "Tỷ lệ hợp lệ — Mức cao: 250 phải nhỏ hơn hoặc bằng 247". The one place that writes it,
 * for the unit report form, the rules page and a report's checks; pages use it as {@code @ruleWords}.
 */
@Component
public class RuleWords {

    /** The operators a rule allows (ValidationService), by the name of their words in the bundle. */
    private static final Map<String, String> OPERATORS = Map.of(
            "=", "EQ", "!=", "NE", "<", "LT", "<=", "LE", ">", "GT", ">=", "GE");

    private final Messages messages;

    RuleWords(Messages messages) {
        this.messages = messages;
    }

    /** In the request's language. */
    public String of(Violation v) {
        return of(v, LocaleContextHolder.getLocale());
    }

    public String of(Violation v, Locale locale) {
        return messages.get(locale, "rule.broken", v.name(), messages.get(locale, "rule.level." + v.importance()),
                number(v.leftValue(), locale), must(v.operator(), locale), number(v.rightValue(), locale));
    }

    /** What the left side must be: "nhỏ hơn hoặc bằng". */
    public String must(String operator) {
        return must(operator, LocaleContextHolder.getLocale());
    }

    private String must(String operator, Locale locale) {
        String name = OPERATORS.get(operator);
        return name == null ? operator : messages.get(locale, "rule.must." + name);
    }

    private String number(BigDecimal value, Locale locale) {
        return value == null ? messages.get(locale, "rule.no-value") : VietnameseFormat.count(value);
    }
}
