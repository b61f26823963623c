package vn.ward57.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.Echo;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.figure.Figures;
import vn.ward57.indicator.domain.IndicatorRepository.Row;
import vn.ward57.indicator.domain.IndicatorRepository.TargetRow;
import vn.ward57.indicator.domain.IndicatorRepository;
import vn.ward57.indicator.domain.RuleRepository;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Province;
import vn.ward57.org.Unit;
import vn.ward57.org.Ward;

/**
 * The ward's indicator catalogue: adopt the preloaded one with its targets, add the ward's own (a target of
 * a year: IndicatorTargetEntry). The catalogue is the ward's, not a unit's: kept by its officers not limited to
 * a unit, its leaders and the province's admins. A ward passed in was read-checked where it was resolved.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    private final OrgLookup org;
    private final IndicatorRepository indicators;
    private final RuleRepository rules;
    private final ApplicationEventPublisher events;
    private final Figures figures;

    IndicatorService(OrgLookup org, IndicatorRepository indicators, RuleRepository rules,
                     ApplicationEventPublisher events, Figures figures) {
        this.figures = figures;
        this.rules = rules;
        this.org = org;
        this.indicators = indicators;
        this.events = events;
    }

    /** A target of a year, with the baseline its straight line starts from. */
    public record TargetForm(BigDecimal target, BigDecimal baseline, Integer baselineYear, String source) {
    }

    public List<Indicator> list(Ward ward) {
        Map<Long, String> units = unitCodes(ward);
        return indicators.findByWard(ward.id().value()).stream().map(r -> indicator(r, units)).toList();
    }

    /** How many entries of the preloaded catalogue the ward has not adopted (new ones after an upgrade). */
    public int notAdopted(Ward ward) {
        return (int) Catalogue.ENTRIES.stream()
                .filter(e -> indicators.find(ward.id().value(), e.code()).isEmpty()).count();
    }

    /** Adds the preloaded catalogue's indicators the ward lacks, with their targets; answers how many. */
    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public int adoptCatalogue(Ward ward) {
        return adopt(ward);
    }

    /**
     * The same done by the system itself, not by a user (the demo data): no access check, as no one
     * is logged in; answers how many were added.
     */
    @Transactional
    public int adoptCatalogueAsSystem(String wardCode) {
        return adopt(org.ward(wardCode).orElseThrow(() -> new NotFoundException("ward.not-found", null, wardCode)));
    }

    /** The same for every ward of a province (its admins). */
    @Transactional
    @PreAuthorize("@access.administer(#province)")
    public int adoptCatalogueInProvince(Province province) {
        return org.wardsOf(List.of(province.code())).stream().mapToInt(this::adopt).sum();
    }

    /** The unit a catalogue names, case and a closing "phường"/"xã" aside ("Văn phòng HĐND và UBND phường"). */
    private static Long unitId(List<Unit> units, String catalogueName) {
        return catalogueName == null ? null : units.stream().filter(u -> plainUnitName(u.name())
                .equals(plainUnitName(catalogueName))).map(u -> u.id().value()).findFirst().orElse(null);
    }

    private static String plainUnitName(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+(phường|xã)$", "");
    }

    private int adopt(Ward ward) {
        long wardId = ward.id().value();
        List<Unit> units = org.units(ward.id());
        int added = 0;
        for (Catalogue.Entry e : Catalogue.ENTRIES) {
            if (indicators.find(wardId, e.code()).isPresent()) {
                continue;
            }
            Long lead = unitId(units, e.leadUnitName());
            String[] formula = Catalogue.FORMULAS.get(e.code());
            long id = indicators.insert(wardId, new Row(0, wardId, e.code(), e.name(), e.unit().name(), "HIGHER",
                    e.periodType().name(), e.source().name(), e.metric(),
                    formula == null ? null : formula[0], formula == null ? null : formula[1],
                    formula == null ? null : new BigDecimal(formula[2]), lead, BigDecimal.TEN, false));
            e.goals().forEach(g -> indicators.saveTarget(wardId, id, new TargetRow(g.year(), g.target(), null, null,
                    g.source())));
            Catalogue.COORDINATORS.getOrDefault(e.code(), List.of()).stream().map(name -> unitId(units, name))
                    .filter(java.util.Objects::nonNull).forEach(unit -> indicators.addCoordinator(id, unit));
            added++;
        }
        if (added > 0) {
            Catalogue.rules(Catalogue.ENTRIES).forEach(r -> rules.insertIfAbsent(wardId,
                    new RuleRepository.RuleRow(r[0], r[1], r[2], r[3], r[4], "SKIP", r.length > 5 ? r[5] : "HIGH")));
            events.publishEvent(ChangeRecorded.created("indicator_catalogue", ward.code(), ward.provinceId(), wardId,
                    Map.of("added", added)));
        }
        return added;
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public Indicator create(Ward ward, IndicatorForm f) {
        long wardId = ward.id().value();
        if (indicators.find(wardId, f.code()).isPresent()) {
            throw new ConflictException("indicator.duplicate", "code", f.code());
        }
        if (f.source() == Indicator.Source.COMPUTED && f.metric() == null) {
            throw new InvalidInputException("indicator.metric-required", "metric");
        }
        if (f.metric() != null && figures.find(f.metric()).isEmpty()) {
            throw new InvalidInputException("indicator.unknown-metric", "metric", Echo.cut(f.metric(), 50));
        }
        if (f.source() == Indicator.Source.FORMULA) {
            checkFormula(wardId, f);
        }
        Long lead = f.leadUnit() == null || f.leadUnit().isBlank() ? null : org.unit(ward.id(), f.leadUnit().strip())
                .map(u -> u.id().value())
                .orElseThrow(() -> new InvalidInputException("task.unknown-unit", "leadUnit", f.leadUnit()));
        Row row = new Row(0, wardId, f.code().strip(), f.name().strip(), f.unit().name(),
                (f.direction() == null ? Judgement.Direction.HIGHER : f.direction()).name(), f.periodType().name(),
                f.source().name(), f.metric(), f.numerator(), f.denominator(),
                f.factor() == null && f.source() == Indicator.Source.FORMULA ? BigDecimal.ONE : f.factor(), lead,
                f.amberWithin() == null ? BigDecimal.TEN : f.amberWithin(), Boolean.TRUE.equals(f.byPace()));
        indicators.insert(wardId, row);
        Indicator created = get(ward, f.code().strip());
        events.publishEvent(ChangeRecorded.created("indicator", ward.code() + "/" + created.code(), ward.provinceId(),
                wardId, created));
        return created;
    }

    /** A formula names two other indicators of the ward, never itself (which would never be computable). */
    private void checkFormula(long wardId, IndicatorForm f) {
        for (String part : new String[] {f.numerator(), f.denominator()}) {
            if (part == null || part.isBlank()) {
                throw new InvalidInputException("indicator.formula-parts", "numerator");
            }
            if (part.strip().equals(f.code().strip())) {
                throw new InvalidInputException("indicator.formula-self", "numerator", f.code());
            }
            if (indicators.find(wardId, part.strip()).isEmpty()) {
                throw new InvalidInputException("indicator.formula-unknown", "numerator", part);
            }
        }
    }

    Indicator get(Ward ward, String code) {
        return indicator(row(ward, code), unitCodes(ward));
    }

    Row row(Ward ward, String code) {
        return indicators.find(ward.id().value(), code)
                .orElseThrow(() -> new NotFoundException("indicator.not-found", null, code));
    }

    List<Judgement.Target> targets(long indicatorId) {
        return indicators.targets(indicatorId).stream()
                .map(t -> new Judgement.Target(t.year(), t.target(), t.baseline(), t.baselineYear())).toList();
    }

    /** The codes of the ward's units by id. */
    Map<Long, String> unitCodes(Ward ward) {
        return org.units(ward.id()).stream().collect(java.util.stream.Collectors.toMap(u -> u.id().value(), Unit::code));
    }

    static Indicator indicator(Row r, Map<Long, String> units) {
        return new Indicator(r.code(), r.name(), Indicator.Unit.valueOf(r.unit()),
                Judgement.Direction.valueOf(r.direction()), ReportingPeriod.Kind.valueOf(r.periodType()),
                Indicator.Source.valueOf(r.source()), r.metric(),
                r.numerator(), r.denominator(), r.factor(), r.leadUnitId() == null ? null : units.get(r.leadUnitId()),
                r.amberWithin(), r.byPace());
    }
}
