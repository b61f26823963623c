package vn.ward57.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import vn.ward57.common.error.InvalidInputException;

/**
 * The sides of a validation rule: numbers, indicator values written {@code #{DDDT}}, system metrics
 * written {@code metric:STAFF_FILLED}, with + − × / and parentheses, e.g. {@code #{DDDT-TK} * 100}.
 * A missing value makes the whole side missing (null), as does a division by zero.
 */
final class RuleExpression {

    private final String text;
    private int at;

    private RuleExpression(String text) {
        this.text = text;
    }

    /** The value of an expression, each term looked up by name ("#CODE" or "metric:NAME"); null if any is missing. */
    static BigDecimal evaluate(String expression, Function<String, BigDecimal> terms) {
        RuleExpression e = new RuleExpression(expression);
        Value v = e.sum(terms);
        e.space();
        if (e.at < e.text.length()) {
            throw e.bad();
        }
        return v.missing ? null : v.number;
    }

    /** The terms an expression names, checking it can be read at all (field names the form field at fault). */
    static Set<String> terms(String expression, String field) {
        Set<String> names = new LinkedHashSet<>();
        try {
            evaluate(expression, name -> {
                names.add(name);
                return BigDecimal.ONE;
            });
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("rule.bad-expression", field, expression);
        }
        return names;
    }

    private record Value(BigDecimal number, boolean missing) {
        static final Value MISSING = new Value(null, true);
    }

    private Value sum(Function<String, BigDecimal> terms) {
        Value left = product(terms);
        for (space(); at < text.length() && (peek() == '+' || peek() == '-'); space()) {
            char op = text.charAt(at++);
            Value right = product(terms);
            left = left.missing || right.missing ? Value.MISSING
                    : new Value(op == '+' ? left.number.add(right.number) : left.number.subtract(right.number), false);
        }
        return left;
    }

    private Value product(Function<String, BigDecimal> terms) {
        Value left = factor(terms);
        for (space(); at < text.length() && (peek() == '*' || peek() == '/'); space()) {
            char op = text.charAt(at++);
            Value right = factor(terms);
            if (left.missing || right.missing || (op == '/' && right.number.signum() == 0)) {
                left = Value.MISSING;
            } else {
                left = new Value(op == '*' ? left.number.multiply(right.number)
                        : left.number.divide(right.number, MathContext.DECIMAL64), false);
            }
        }
        return left;
    }

    private Value factor(Function<String, BigDecimal> terms) {
        space();
        if (at >= text.length()) {
            throw bad();
        }
        char c = peek();
        if (c == '(') {
            at++;
            Value inner = sum(terms);
            space();
            if (at >= text.length() || text.charAt(at++) != ')') {
                throw bad();
            }
            return inner;
        }
        if (c == '-') {
            at++;
            Value inner = factor(terms);
            return inner.missing ? inner : new Value(inner.number.negate(), false);
        }
        if (text.startsWith("#{", at)) {
            int end = text.indexOf('}', at);
            if (end < 0 || end == at + 2) {
                throw bad();
            }
            String code = text.substring(at + 2, end).strip();
            at = end + 1;
            return term(terms.apply("#" + code));
        }
        if (text.startsWith("metric:", at)) {
            int start = at + "metric:".length();
            int end = start;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                end++;
            }
            if (end == start) {
                throw bad();
            }
            at = end;
            return term(terms.apply("metric:" + text.substring(start, end)));
        }
        int start = at;
        while (at < text.length() && (Character.isDigit(peek()) || peek() == '.')) {
            at++;
        }
        if (start == at) {
            throw bad();
        }
        try {
            return new Value(new BigDecimal(text.substring(start, at)), false);
        } catch (NumberFormatException e) {
            throw bad();
        }
    }

    private static Value term(BigDecimal value) {
        return value == null ? Value.MISSING : new Value(value, false);
    }

    private char peek() {
        return text.charAt(at);
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException bad() {
        return new IllegalArgumentException("cannot read \"" + text + "\" at " + at);
    }
}
