package vn.ward57.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.indicator.domain.RuleRepository.RuleRow;
import vn.ward57.indicator.domain.RuleRepository;
import vn.ward57.org.Ward;

/**
 * Validation rules (issue 5): "left operator right" over indicator values and system metrics of a
 * period. A side with a missing value skips the rule (SKIP) or counts as 0 (NEVER_SKIP). HIGH
 * rules block a form's approval; MEDIUM and LOW only warn. The rules are the ward's, not a unit's: added by
 * its officers not limited to a unit, its leaders and the province's admins.
 */
@Service
@Transactional(readOnly = true)
public class ValidationService {

    private final RuleRepository rules;
    private final IndicatorService indicators;
    private final IndicatorValueService values;
    private final MetricValues metrics;
    private final ApplicationEventPublisher events;

    ValidationService(RuleRepository rules, IndicatorService indicators, IndicatorValueService values,
                      MetricValues metrics, ApplicationEventPublisher events) {
        this.rules = rules;
        this.indicators = indicators;
        this.values = values;
        this.metrics = metrics;
        this.events = events;
    }

    /** A rule as the API gives and takes it. */
    public record Rule(
            @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.too-long}") String name,
            @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.too-long}") String left,
            @NotNull(message = "{validation.required}") @Pattern(regexp = "=|!=|<|<=|>|>=",
                    message = "{rule.bad-operator}") String operator,
            @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.too-long}") String right,
            @Pattern(regexp = "SKIP|NEVER_SKIP", message = "{rule.bad-missing}") String missing,
            @Pattern(regexp = "HIGH|MEDIUM|LOW", message = "{rule.bad-importance}") String importance,
            String code) {
    }

    /** A rule broken in a period, with the values of both sides. */
    public record Violation(String rule, String name, String importance, String period, String left,
                            String operator, String right, BigDecimal leftValue, BigDecimal rightValue) {
    }

    public List<Rule> list(Ward ward) {
        return rules.findByWard(ward.id().value()).stream()
                .map(r -> new Rule(r.name(), r.leftExpr(), r.operator(), r.rightExpr(), r.missing(), r.importance(),
                        r.code())).toList();
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public Rule add(Ward ward, String code, Rule rule) {
        RuleExpression.terms(rule.left(), "left");
        RuleExpression.terms(rule.right(), "right");
        RuleRow row = new RuleRow(code.strip(), rule.name().strip(), rule.left().strip(), rule.operator(),
                rule.right().strip(), rule.missing() == null ? "SKIP" : rule.missing(),
                rule.importance() == null ? "MEDIUM" : rule.importance());
        if (code.isBlank() || code.length() > 80) {
            throw new InvalidInputException("rule.bad-code", "code");
        }
        if (!rules.insertIfAbsent(ward.id().value(), row)) {
            throw new vn.ward57.common.error.ConflictException("rule.duplicate", "code", code);
        }
        events.publishEvent(ChangeRecorded.created("validation_rule", ward.code() + "/" + code, ward, row));
        return new Rule(row.name(), row.leftExpr(), row.operator(), row.rightExpr(), row.missing(), row.importance(),
                row.code());
    }

    /** Every rule of the ward broken in the period. */
    public List<Violation> violations(Ward ward, String periodCode) {
        return check(ward, ReportingPeriod.parseCalendar(periodCode), null);
    }

    /** The rules broken in a period that name any of the given indicators (all rules when null). */
    List<Violation> check(Ward ward, ReportingPeriod period, Collection<String> indicatorCodes) {
        return evaluate(ward, period, indicatorCodes).stream().filter(r -> r.outcome() == Outcome.BROKEN)
                .map(r -> new Violation(r.rule(), r.name(), r.importance(), period.code(), r.left(), r.operator(),
                        r.right(), r.leftValue(), r.rightValue())).toList();
    }

    /** Whether a rule held in a period: HOLDS, BROKEN, or SKIPPED for a missing value (a rule that may skip). */
    public enum Outcome { HOLDS, BROKEN, SKIPPED }

    /** A rule checked in a period, with the values of both sides (null when missing). */
    public record RuleResult(String rule, String name, String importance, String left, String operator, String right,
                             BigDecimal leftValue, BigDecimal rightValue, Outcome outcome) {

        /** The operator's name for the words of a message key (LE: "phải nhỏ hơn hoặc bằng"). */
        public String operatorName() {
            return switch (operator) {
                case "=" -> "EQ";
                case "!=" -> "NE";
                case "<" -> "LT";
                case "<=" -> "LE";
                case ">" -> "GT";
                default -> "GE";
            };
        }
    }

    /** Every rule that names the indicator, checked in the period (the indicator page). */
    public List<RuleResult> results(Ward ward, ReportingPeriod period, String indicatorCode) {
        return evaluate(ward, period, List.of(indicatorCode));
    }

    private List<RuleResult> evaluate(Ward ward, ReportingPeriod period, Collection<String> indicatorCodes) {
        Map<String, BigDecimal> cache = new HashMap<>();
        Map<String, Indicator> byCode = new HashMap<>();
        indicators.list(ward).forEach(i -> byCode.put(i.code(), i));
        List<RuleResult> results = new ArrayList<>();
        for (RuleRow r : rules.findByWard(ward.id().value())) {
            if (indicatorCodes != null && RuleExpression.terms(r.leftExpr() + "+" + r.rightExpr(), "left").stream()
                    .noneMatch(t -> t.startsWith("#") && indicatorCodes.contains(t.substring(1)))) {
                continue;
            }
            BigDecimal left = RuleExpression.evaluate(r.leftExpr(), t -> cache.computeIfAbsent(t, k -> term(ward, byCode, k, period)));
            BigDecimal right = RuleExpression.evaluate(r.rightExpr(), t -> cache.computeIfAbsent(t, k -> term(ward, byCode, k, period)));
            Outcome outcome;
            if ((left == null || right == null) && "SKIP".equals(r.missing())) {
                outcome = Outcome.SKIPPED;
            } else {
                left = left == null ? BigDecimal.ZERO : left;
                right = right == null ? BigDecimal.ZERO : right;
                outcome = holds(left.compareTo(right), r.operator()) ? Outcome.HOLDS : Outcome.BROKEN;
            }
            results.add(new RuleResult(r.code(), r.name(), r.importance(), r.leftExpr(), r.operator(), r.rightExpr(),
                    left, right, outcome));
        }
        return results;
    }

    private BigDecimal term(Ward ward, Map<String, Indicator> byCode, String term, ReportingPeriod period) {
        if (term.startsWith("metric:")) {
            return metrics.value(ward, term.substring("metric:".length()), period);
        }
        Indicator indicator = byCode.get(term.substring(1));
        return indicator == null ? null
                : values.view(ward, indicator.code(), ReportingPeriod.containing(indicator.periodType(), period.to())).value();
    }

    private static boolean holds(int comparison, String operator) {
        return switch (operator) {
            case "=" -> comparison == 0;
            case "!=" -> comparison != 0;
            case "<" -> comparison < 0;
            case "<=" -> comparison <= 0;
            case ">" -> comparison > 0;
            default -> comparison >= 0;
        };
    }
}
