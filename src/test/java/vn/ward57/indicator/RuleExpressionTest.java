package vn.ward57.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ward57.common.error.InvalidInputException;

class RuleExpressionTest {

    private final Map<String, BigDecimal> values = Map.of("#DDDT-TK", new BigDecimal("1200"),
            "#DS-TT", new BigDecimal("1500"), "metric:STAFF_FILLED", new BigDecimal("53"));

    @Test
    void readsNumbersTermsAndArithmeticWithPrecedence() {
        assertThat(eval("#{DDDT-TK} * 100 / #{DS-TT}")).isEqualByComparingTo("80");
        assertThat(eval("metric:STAFF_FILLED - 3 * (2 + 1)")).isEqualByComparingTo("44");
        assertThat(eval("-#{DS-TT} + 1500.5")).isEqualByComparingTo("0.5");
        assertThat(eval("  42 ")).isEqualByComparingTo("42");
    }

    @Test
    void aMissingTermOrADivisionByZeroMakesTheSideMissing() {
        assertThat(eval("#{KHONG-CO} + 1")).isNull();
        assertThat(eval("#{DS-TT} / (metric:STAFF_FILLED - 53)")).isNull();
    }

    @Test
    void namesItsTermsAndRefusesWhatCannotBeRead() {
        assertThat(RuleExpression.terms("#{A} + metric:STAFF_FILLED * #{B}", "left"))
                .containsExactly("#A", "metric:STAFF_FILLED", "#B");
        for (String bad : new String[] {"", "1 +", "(1", "#{}", "#{A", "metric:", "1 ** 2", "abc", "1.2.3"}) {
            assertThatThrownBy(() -> RuleExpression.terms(bad, "left")).as(bad)
                    .isInstanceOf(InvalidInputException.class).hasMessage("rule.bad-expression");
        }
    }

    private BigDecimal eval(String expression) {
        return RuleExpression.evaluate(expression, values::get);
    }
}
