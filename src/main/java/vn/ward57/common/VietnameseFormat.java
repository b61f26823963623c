package vn.ward57.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Numbers, money, dates and periods written the Vietnamese way (DOMAIN.md, writing conventions): {@code 12.456},
 * {@code 98,70%}, {@code 820.000.000 đồng}, {@code 06/6/2026} in running text, {@code ngày 22 tháng 12 năm 2024}
 * in headers, {@code Quý IV/2026}. The one home of these rules: every module, document and message writes them
 * through here.
 */
public final class VietnameseFormat {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    /** The JDK's (CLDR's) vi-VN symbols: '.' groups thousands, ',' marks decimals, '-' the minus, as DOMAIN.md. */
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(VIETNAMESE);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private VietnameseFormat() {
    }

    /** 12456 → "12.456" (at most two decimals); null → "". */
    public static String count(Number n) {
        return n == null ? "" : format("#,##0.##", n);
    }

    /**
     * A number exactly as it stands, for a form's field to show back what was typed: 1234.5 → "1.234,5",
     * 247.50 → "247,5" (no rounding, unlike {@link #count}); null → "". {@link #parseNumber} reads it back.
     */
    public static String exact(BigDecimal n) {
        if (n == null) {
            return "";
        }
        BigDecimal plain = n.stripTrailingZeros();
        DecimalFormat f = new DecimalFormat("#,##0", SYMBOLS);
        f.setMaximumFractionDigits(Math.max(plain.scale(), 0));
        return f.format(plain);
    }

    /**
     * A number as a person types it: "247,5", "1.234,5" and "12.456" (points group thousands) the Vietnamese way;
     * a lone point not followed by three digits ("247.5") is taken as the decimal point a spreadsheet habit
     * writes. Blank → null; anything else that is not a number → NumberFormatException.
     */
    public static BigDecimal parseNumber(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip().replace(" ", "").replace("\u00a0", "");
        if (plain.contains(",")) {
            plain = plain.replace(".", "").replace(',', '.');
        } else if (plain.matches("[-+]?\\d{1,3}(\\.\\d{3})+")) {
            plain = plain.replace(".", "");
        }
        return new BigDecimal(plain);
    }

    /** 15 → "15,00": points and other figures written with exactly two decimals; null → "–". */
    public static String decimal(BigDecimal value) {
        return value == null ? "–" : format("#,##0.00", value);
    }

    /**
     * 98.7 → "98,70%"; null → "–" (nothing to divide by). The rates are kept in percent and written with two
     * decimals, as the seeds write them: the JDK's vi-VN percent pattern ("#,##0%") takes a fraction and drops
     * the decimals.
     */
    public static String percent(BigDecimal rate) {
        return rate == null ? "–" : format("#,##0.00", rate) + "%";
    }

    /** An amount in đồng, exact: 1056000000 → "1.056.000.000 đồng" (the JDK's currency form is "… ₫"). */
    public static String dong(long amount) {
        return format("#,##0", BigDecimal.valueOf(amount)) + " đồng";
    }

    /** In millions, exact: 1056000000 → "1.056 triệu đồng", 1056500000 → "1.056,5 triệu đồng". */
    public static String millionDong(long amount) {
        return format("#,##0.######", BigDecimal.valueOf(amount).divide(MILLION)) + " triệu đồng";
    }

    /**
     * 2026-06-06 → "06/6/2026": the day with two digits; the month with two only for January and February
     * (Decree 30, as the seeds write "01/01/2026" but "30/6/2026"). Not the JDK's vi-VN short date, "d/M/yy"
     * ("6/6/26"), which pads neither and cuts the year.
     */
    public static String date(LocalDate d) {
        return d == null ? "" : "%02d/%s/%d".formatted(d.getDayOfMonth(), month(d), d.getYear());
    }

    /**
     * "14:05 06/6/2026": the time, then the date as {@link #date} writes it; null → "". A moment (an
     * {@code Instant}, or a value with an offset, as the database gives a {@code timestamptz} in UTC) is
     * written in Vietnam time; a local date-time (a dossier's time as the export gave it) as it is.
     */
    public static String dateTime(TemporalAccessor at) {
        if (at == null) {
            return "";
        }
        LocalDateTime local = inWard(at);
        return TIME.format(local) + " " + date(local.toLocalDate());
    }

    /** "14:05": the time alone, in Vietnam time as {@link #dateTime}; null → "". */
    public static String time(TemporalAccessor at) {
        return at == null ? "" : TIME.format(inWard(at));
    }

    private static LocalDateTime inWard(TemporalAccessor at) {
        if (at instanceof Instant i) {
            return LocalDateTime.ofInstant(i, WardTime.ZONE);
        }
        if (at.isSupported(ChronoField.OFFSET_SECONDS)) {
            return LocalDateTime.ofInstant(Instant.from(at), WardTime.ZONE);
        }
        return LocalDateTime.from(at);
    }

    /**
     * The header form of Decree 30: "ngày 22 tháng 12 năm 2024"; days below 10 and the months
     * January and February take a leading zero ("ngày 05 tháng 02 năm 2026"). The JDK's vi-VN long date
     * ("22 tháng 12, 2024") is not it.
     */
    public static String longDate(LocalDate d) {
        return "ngày %02d tháng %s năm %d".formatted(d.getDayOfMonth(), month(d), d.getYear());
    }

    /** A period as a label names it: "Tháng 11/2026", "Quý IV/2026", "6 tháng đầu năm 2026", "Năm 2026". */
    public static String period(ReportingPeriod p) {
        return switch (p.kind()) {
            case MONTH -> "Tháng " + p.number() + "/" + p.year();
            case QUARTER -> "Quý " + ROMAN[p.number() - 1] + "/" + p.year();
            case HALF_YEAR -> (p.number() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + p.year();
            case YEAR -> "Năm " + p.year();
        };
    }

    /** A period as a document's sentence names it: "tháng 5 năm 2026", "quý II năm 2026", "năm 2026". */
    public static String periodInText(ReportingPeriod p) {
        return switch (p.kind()) {
            case MONTH -> "tháng " + p.number() + " năm " + p.year();
            case QUARTER -> "quý " + ROMAN[p.number() - 1] + " năm " + p.year();
            case HALF_YEAR -> (p.number() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + p.year();
            case YEAR -> "năm " + p.year();
        };
    }

    private static String month(LocalDate d) {
        int m = d.getMonthValue();
        return m < 3 ? "%02d".formatted(m) : String.valueOf(m);
    }

    /** A DecimalFormat is not thread-safe: one a call (it copies the shared symbols). */
    private static String format(String pattern, Object number) {
        DecimalFormat f = new DecimalFormat(pattern, SYMBOLS);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(number);
    }
}
