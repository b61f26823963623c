package vn.ward57.common.web;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.WardTime;
import vn.ward57.common.error.InvalidInputException;

/**
 * A period in words in the request's language, for pages and charts: "Tháng 11/2026", "Quý IV/2026",
 * "6 tháng đầu năm 2026", "Năm 2026" (the words of {@link ReportingPeriod#name()}; English "November 2026",
 * "Q4 2026", "H1 2026", "Year 2026"). Templates call it as {@code ${@periodNames.of(x)}}; the codes stay on
 * the wire (links, form values, the API), only what a person reads is the name.
 */
@Component("periodNames")
public class PeriodNames {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private final MessageSource messages;

    public PeriodNames(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * A period, a month or a period's code ("2026-11", "2026Q4C") in words; a text that is no period comes back
     * as it is, null as "".
     */
    public String of(Object period) {
        return switch (period) {
            case null -> "";
            case ReportingPeriod p -> of(p, LocaleContextHolder.getLocale());
            case YearMonth m -> of(ReportingPeriod.containing(ReportingPeriod.Kind.MONTH, m.atDay(1)),
                    LocaleContextHolder.getLocale());
            default -> ofText(period.toString());
        };
    }

    /** The days [from, to] in words: the period they span exactly ("Quý IV/2026"), else "01/7/2025 – 06/11/2025"; "" when unknown. */
    public String of(java.time.LocalDate from, java.time.LocalDate to) {
        if (from == null || to == null) {
            return "";
        }
        return ReportingPeriod.exactly(from, to).map(p -> of(p, LocaleContextHolder.getLocale()))
                .orElseGet(() -> VietnameseFormat.date(from) + " – " + VietnameseFormat.date(to));
    }

    /**
     * What a picker offers today, this year's and last year's periods that have begun, newest first: "windows"
     * all with the cut-off windows, "calendar" the calendar periods, "months" the months.
     */
    public List<ReportingPeriod> choices(String offer) {
        return ReportingPeriod.choicesAround(WardTime.today()).stream()
                .filter(p -> "windows".equals(offer) || !p.cutOff())
                .filter(p -> !"months".equals(offer) || p.kind() == ReportingPeriod.Kind.MONTH).toList();
    }

    public String of(ReportingPeriod p, Locale locale) {
        String calendar = messages.getMessage(key(p), new Object[] {String.valueOf(p.number()),
                String.valueOf(p.year()), ROMAN[Math.min(p.number(), 4) - 1], month(p, locale)}, locale);
        return p.cutOff() ? messages.getMessage("period.name.cut-off", new Object[] {calendar,
                VietnameseFormat.date(p.from()), VietnameseFormat.date(p.to())}, locale) : calendar;
    }

    private String ofText(String text) {
        if (text.isBlank()) {
            return text;
        }
        try {
            return of(ReportingPeriod.parse(text), LocaleContextHolder.getLocale());
        } catch (InvalidInputException e) {
            return text;  // a range of dates or a label already in words
        }
    }

    private static String key(ReportingPeriod p) {
        return switch (p.kind()) {
            case MONTH -> "period.name.month";
            case QUARTER -> "period.name.quarter";
            case HALF_YEAR -> "period.name.half-year-" + p.number();
            case YEAR -> "period.name.year";
        };
    }

    /** The month's own name in the language ("November"), for the languages that write months by name. */
    private static String month(ReportingPeriod p, Locale locale) {
        return p.kind() == ReportingPeriod.Kind.MONTH
                ? java.time.Month.of(p.number()).getDisplayName(TextStyle.FULL, locale) : "";
    }
}
