package vn.ward57.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.figure.Figures;
import vn.ward57.indicator.domain.IndicatorRepository;
import vn.ward57.indicator.domain.IndicatorRepository.Row;
import vn.ward57.indicator.domain.IndicatorValueRepository;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Unit;
import vn.ward57.org.Ward;
import vn.ward57.user.UserAccount;
import vn.ward57.user.UserContacts;

/**
 * One indicator of the ward, as its page shows it (issue 23): everyone who reads the ward reads it, the ward
 * having been read-checked where it was resolved. It is judged in the same period as on the indicators page
 * and the dashboard (IndicatorStatuses), so a RED there is the RED here.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorDetail {

    /** How many of its periods the page shows up to the judged one: a year of months, three of quarters. */
    static final int PERIODS = 12;

    private final IndicatorService indicators;
    private final IndicatorValueService values;
    private final IndicatorRepository catalogue;
    private final IndicatorValueRepository entered;
    private final ValidationService validation;
    private final OrgLookup org;
    private final Figures figures;
    private final UserContacts users;

    IndicatorDetail(IndicatorService indicators, IndicatorValueService values, IndicatorRepository catalogue,
                    IndicatorValueRepository entered, ValidationService validation, OrgLookup org, Figures figures,
                    UserContacts users) {
        this.indicators = indicators;
        this.values = values;
        this.catalogue = catalogue;
        this.entered = entered;
        this.validation = validation;
        this.org = org;
        this.figures = figures;
        this.users = users;
    }

    /**
     * The indicator of that code (404 for none) as of a period (2026-11): judged in the latest period of its own
     * type ended by then, with its values of up to {@link #PERIODS} periods up to that one.
     */
    public IndicatorPage of(Ward ward, String code, String asOf) {
        Row row = indicators.row(ward, code);
        Indicator indicator = indicators.get(ward, code);
        ReportingPeriod judged = IndicatorStatuses.judgedPeriod(indicator.periodType(),
                ReportingPeriod.parseCalendar(asOf));
        Judgement.Target target = values.target(row, judged);
        BigDecimal goal = target == null ? null : Judgement.goal(target, judged, indicator.byPace());
        List<IndicatorPage.Point> points = values.trend(ward, row, indicator, judged, PERIODS).stream()
                .map(p -> point(row, indicator, p)).toList();
        Map<Long, String> names = org.units(ward.id()).stream()
                .collect(Collectors.toMap(u -> u.id().value(), Unit::name));
        List<String> coordinating = catalogue.coordinators(row.id()).stream().map(names::get)
                .filter(Objects::nonNull).toList();
        return new IndicatorPage(indicator, row.leadUnitId() == null ? null : names.get(row.leadUnitId()),
                coordinating, judged, values.view(ward, code, judged), goal, target, points, notes(ward, row, judged),
                validation.results(ward, judged, code),
                indicator.metric() == null ? null : figures.find(indicator.metric()).orElse(null),
                parts(ward, indicator));
    }

    /** The two indicators a formula divides, each with its name (a code the catalogue lacks stands for itself). */
    private List<IndicatorPage.Part> parts(Ward ward, Indicator indicator) {
        if (indicator.source() != Indicator.Source.FORMULA) {
            return List.of();
        }
        Map<String, String> named = indicators.list(ward).stream()
                .collect(Collectors.toMap(Indicator::code, Indicator::name));
        return java.util.stream.Stream.of(indicator.numerator(), indicator.denominator())
                .map(c -> new IndicatorPage.Part(c, named.getOrDefault(c, c))).toList();
    }

    /** A value with the goal of its own period and its status against it, as each period is judged. */
    private IndicatorPage.Point point(Row row, Indicator indicator, Judgement.Point p) {
        Judgement.Target target = values.target(row, p.period());
        BigDecimal goal = target == null ? null : Judgement.goal(target, p.period(), indicator.byPace());
        return new IndicatorPage.Point(p.period(), p.value(), goal, goal == null ? null
                : Judgement.status(indicator.direction(), p.value(), goal, indicator.amberWithin()));
    }

    /** The comments and explanations entered with its values, newest first, each by whom (entered indicators only). */
    private List<IndicatorPage.Note> notes(Ward ward, Row row, ReportingPeriod judged) {
        Map<String, String> people = users.ofWard(ward).stream().filter(u -> u.fullName() != null)
                .collect(Collectors.toMap(UserAccount::username, UserAccount::fullName, (a, b) -> a));
        return entered.recent(row.id(), judged.code(), PERIODS).stream()
                .filter(v -> hasText(v.explanation()) || hasText(v.comment()))
                .map(v -> new IndicatorPage.Note(ReportingPeriod.parseCalendar(v.period()),
                        hasText(v.explanation()) ? v.explanation() : null, hasText(v.comment()) ? v.comment() : null,
                        people.getOrDefault(v.updatedBy(), v.updatedBy()), v.updatedAt())).toList();
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
