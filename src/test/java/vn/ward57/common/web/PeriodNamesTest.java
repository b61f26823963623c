package vn.ward57.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.ward57.common.ReportingPeriod;

/** Periods in words in both languages, from the bundles the app reads; the codes never reach a person. */
class PeriodNamesTest {

    private final PeriodNames names = new PeriodNames(bundles());

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void vietnameseAsPeopleWriteThem() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(names.of("2026-11")).isEqualTo("Tháng 11/2026");
        assertThat(names.of("2026-01")).isEqualTo("Tháng 1/2026");
        assertThat(names.of(YearMonth.of(2026, 3))).isEqualTo("Tháng 3/2026");
        assertThat(names.of("2026Q4")).isEqualTo("Quý IV/2026");
        assertThat(names.of("2026S1")).isEqualTo("6 tháng đầu năm 2026");
        assertThat(names.of("2026S2")).isEqualTo("6 tháng cuối năm 2026");
        assertThat(names.of("2026")).isEqualTo("Năm 2026");
        assertThat(names.of("2026-11C")).isEqualTo("Tháng 11/2026 (kỳ chốt số liệu 15/10/2026 – 14/11/2026)");
        // what is no period is left as it is
        assertThat(names.of("01/01/2026 – 30/6/2026")).isEqualTo("01/01/2026 – 30/6/2026");
        assertThat(names.of(null)).isEmpty();
    }

    /** The page's words are the documents' words (VietnameseFormat.period): one rule, whichever says it. */
    @Test
    void vietnameseBundleSaysWhatReportingPeriodNameSays() {
        for (ReportingPeriod p : ReportingPeriod.choicesAround(LocalDate.of(2026, 12, 6))) {
            assertThat(names.of(p, Locale.forLanguageTag("vi"))).isEqualTo(p.name());
        }
    }

    /** A message given a period (not its code) names it in words, in the language it is written in. */
    @Test
    void messagesNameThePeriodsTheyAreGiven() {
        Messages messages = new Messages(bundles());
        assertThat(messages.get(Locale.forLanguageTag("vi"), "indicator.period-locked", ReportingPeriod.parse("2026-06")))
                .isEqualTo("Kỳ Tháng 6/2026 đã khóa (đã duyệt); không sửa được số liệu.");
        assertThat(messages.get(Locale.ENGLISH, "indicator.period-locked", ReportingPeriod.parse("2026Q2")))
                .contains("Q2 2026").doesNotContain("2026Q2");
    }

    @Test
    void englishAsTheBundleWritesThem() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(names.of("2026-11")).isEqualTo("November 2026");
        assertThat(names.of("2026Q4")).isEqualTo("Q4 2026");
        assertThat(names.of("2026S1")).isEqualTo("H1 2026");
        assertThat(names.of("2026")).isEqualTo("Year 2026");
        assertThat(names.of("2026Q3C")).isEqualTo("Q3 2026 (cut-off 15/6/2026 – 14/9/2026)");
    }
}
