package vn.ward57.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.Texts;
import vn.ward57.common.WardTime;
import vn.ward57.indicator.domain.IndicatorValueRepository.CodedValue;
import vn.ward57.indicator.domain.IndicatorValueRepository;
import vn.ward57.org.Ward;

/**
 * Digital citizens (issue 6) month by month: adult residents, e-ID (VNeID) accounts and digital
 * signatures, each an entered figure of the catalogue with its source in the value's comment, so a
 * figure is entered once (here, in Công an phường's monthly form, or by import) and the e-ID share
 * is the catalogue's formula DDDT-TL over the same values.
 */
@Service
@Transactional(readOnly = true)
public class DigitalCitizens {

    static final String ADULTS = "DS-TT";
    static final String EID = "DDDT-TK";
    static final String PUBLIC_SIGNATURES = "CKS-CC";
    static final String PERSONAL_SIGNATURES = "CKS-CN";
    private static final List<String> CODES = List.of(ADULTS, EID, PUBLIC_SIGNATURES, PERSONAL_SIGNATURES);

    private final IndicatorValueRepository values;
    private final IndicatorValueEntry entry;
    private final IndicatorService indicators;

    DigitalCitizens(IndicatorValueRepository values, IndicatorValueEntry entry, IndicatorService indicators) {
        this.values = values;
        this.entry = entry;
        this.indicators = indicators;
    }

    /** A month's figures; a share is null when a side is missing. Sources are the values' comments. */
    public record Month(String period, BigDecimal adultResidents, BigDecimal eidAccounts, BigDecimal eidShare,
                        BigDecimal publicSignatures, BigDecimal personalSignatures, BigDecimal signatureShare,
                        List<String> sources) {
    }

    /** What a ward records for a month: any figure left null stays as it is. */
    @Schema(name = "DigitalCitizenFigures")
    public record Figures(BigDecimal adultResidents, BigDecimal eidAccounts, BigDecimal publicSignatures,
                          BigDecimal personalSignatures, String source) {
    }

    /**
     * The units whose figures these are: the lead unit of each of the four indicators the ward has, null for one
     * of no unit (the ward's). Who may enter a figure is who may enter its unit's values.
     */
    public java.util.Set<String> units(Ward ward) {
        java.util.Set<String> units = new java.util.HashSet<>();
        indicators.list(ward).stream().filter(i -> CODES.contains(i.code())).forEach(i -> units.add(i.leadUnit()));
        return units;
    }

    /** The months of a year up to this month (all twelve for a past year). */
    public List<Month> year(Ward ward, int year) {
        Map<String, CodedValue> byKey = values.ofYear(ward.id().value(), CODES, year).stream()
                .collect(Collectors.toMap(v -> v.code() + "/" + v.period(), v -> v));
        YearMonth last = YearMonth.from(WardTime.today());
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12 && !YearMonth.of(year, m).isAfter(last); m++) {
            String period = YearMonth.of(year, m).toString();
            CodedValue adults = byKey.get(ADULTS + "/" + year);
            CodedValue eid = byKey.get(EID + "/" + period);
            CodedValue pub = byKey.get(PUBLIC_SIGNATURES + "/" + period);
            CodedValue personal = byKey.get(PERSONAL_SIGNATURES + "/" + period);
            BigDecimal adultCount = number(adults);
            BigDecimal signatures = number(pub) == null && number(personal) == null ? null
                    : zero(number(pub)).add(zero(number(personal)));
            List<String> sources = java.util.stream.Stream.of(adults, eid, pub, personal)
                    .filter(v -> v != null && v.comment() != null).map(CodedValue::comment).distinct().toList();
            months.add(new Month(period, adultCount, number(eid), share(number(eid), adultCount), number(pub),
                    number(personal), share(signatures, adultCount), sources));
        }
        return months;
    }

    /**
     * Records a month's figures, each with the source, all or none: a figure refused (a locked period,
     * a submitted form, a unit the officer is not of: each figure is its indicator's value, and belongs to
     * that indicator's lead unit or to the ward) undoes the others. Adult residents are the year's.
     */
    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public Month record(Ward ward, String month, Figures figures) {
        ReportingPeriod period = ReportingPeriod.parseCalendar(month);
        if (period.kind() != ReportingPeriod.Kind.MONTH) {
            throw new vn.ward57.common.error.InvalidInputException("citizens.month-only", "period", month);
        }
        String source = Texts.blankToNull(figures.source());
        Map<String, BigDecimal> given = new java.util.HashMap<>();
        given.put(ADULTS, figures.adultResidents());
        given.put(EID, figures.eidAccounts());
        given.put(PUBLIC_SIGNATURES, figures.publicSignatures());
        given.put(PERSONAL_SIGNATURES, figures.personalSignatures());
        given.values().removeIf(java.util.Objects::isNull);
        entry.lock(ward, given.keySet());  // all four before the first write, as one write of each locks it
        put(ward, ADULTS, String.valueOf(period.year()), figures.adultResidents(), source);
        put(ward, EID, month, figures.eidAccounts(), source);
        put(ward, PUBLIC_SIGNATURES, month, figures.publicSignatures(), source);
        put(ward, PERSONAL_SIGNATURES, month, figures.personalSignatures(), source);
        return year(ward, period.year()).stream().filter(m -> m.period().equals(month)).findFirst()
                .orElseThrow();
    }

    private void put(Ward ward, String code, String period, BigDecimal value, String source) {
        if (value != null) {
            entry.put(ward, code, period, value, source, null, null);
        }
    }

    private static BigDecimal number(CodedValue v) {
        return v == null ? null : v.value();
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    /** part × 100 / whole to 2 decimals, as the catalogue's formula DDDT-TL gives it. */
    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
