package vn.ward57.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.web.Messages;
import vn.ward57.indicator.ValidationService.Violation;

/** A broken rule reads in words and Vietnamese numbers, not "(HIGH): 1250 <= 247". */
class RuleWordsTest {

    private final RuleWords words = new RuleWords(new Messages(source()));

    @Test
    void aBrokenRuleReadsInWords() {
        Violation v = new Violation("R1", "Tài khoản VNeID không vượt số dân", "HIGH", "2026-05", "#VNEID", "<=",
                "#DAN_SO", new BigDecimal("1250.50"), new BigDecimal("247"));
        assertThat(words.of(v, VietnameseFormat.VIETNAMESE))
                .isEqualTo("Tài khoản VNeID không vượt số dân — Mức cao: 1.250,5 phải nhỏ hơn hoặc bằng 247");
        assertThat(words.of(v, Locale.ENGLISH))
                .isEqualTo("Tài khoản VNeID không vượt số dân — High importance: 1.250,5 must be less than or equal to 247");
        Violation other = new Violation("R2", "Khác không", "LOW", "2026-05", "1", "!=", "1", BigDecimal.ONE,
                BigDecimal.ONE);
        assertThat(words.of(other, VietnameseFormat.VIETNAMESE)).isEqualTo("Khác không — Mức thấp: 1 phải khác 1");
    }

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
