package vn.ward57.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.Decimals;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.Texts;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.database.VersionedRecords;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.indicator.domain.IndicatorRepository;
import vn.ward57.indicator.domain.IndicatorRepository.Row;
import vn.ward57.indicator.domain.IndicatorValueRepository;
import vn.ward57.indicator.domain.IndicatorValueRepository.ValueRow;
import vn.ward57.org.Unit;
import vn.ward57.org.UnitId;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/**
 * Entering the value of an indicator for one of its periods. The writes of one indicator's values follow
 * one another (its row is locked for the write), so each change in the history replaced exactly the value
 * before it; a write based on a version read earlier is refused once the value has changed since. A value
 * belongs to the indicator's lead unit (a unit officer enters only its own unit's); the value of an indicator
 * led by no unit is the ward's (its officers not limited to a unit, its leaders, the province's admins).
 */
@Service
@Transactional(readOnly = true)
public class IndicatorValueEntry {

    private final WardAccess access;
    private final IndicatorService indicators;
    private final IndicatorValueService views;
    private final IndicatorValueRepository values;
    private final IndicatorRepository catalogue;
    private final FormLocks forms;
    private final vn.ward57.org.OrgLookup org;
    private final VersionedRecords.Kind<Entered> records;
    private final ApplicationEventPublisher events;

    IndicatorValueEntry(WardAccess access, IndicatorService indicators, IndicatorValueService views,
                        IndicatorValueRepository values, IndicatorRepository catalogue, FormLocks forms,
                        vn.ward57.org.OrgLookup org, VersionedRecords versioned, ApplicationEventPublisher events) {
        this.catalogue = catalogue;
        this.access = access;
        this.indicators = indicators;
        this.views = views;
        this.values = values;
        this.forms = forms;
        this.org = org;
        this.records = versioned.of("indicator_value", Entered::version);
        this.events = events;
    }

    /** What was entered for an indicator and period, with who entered it last, when, and its version. */
    public record Entered(String code, String period, BigDecimal value, String comment, String explanation,
                          String updatedBy, OffsetDateTime updatedAt, long version) {
    }

    /** The value as written, and its new version. */
    public record Saved(IndicatorView view, long version) {
    }

    public Entered get(Ward ward, String code, String periodCode) {
        Row row = indicators.row(ward, code);
        String period = ReportingPeriod.parseCalendar(periodCode).code();
        return values.find(row.id(), period).map(v -> entered(code, v))
                .orElseThrow(() -> new NotFoundException("indicator.no-value", null, code,
                        ReportingPeriod.parseCalendar(period)));
    }

    /**
     * Enters the value of an ENTERED indicator for one of its periods (by the officers of its lead
     * unit, or the ward's for an indicator of no unit); a locked period, or a form submitted or approved, is refused (409). The explanation is
     * what a RED value needs before its form is submitted. version: the one the person read (null: any).
     */
    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public Saved put(Ward ward, String code, String periodCode, BigDecimal value, String comment,
                     String explanation, Long version) {
        Row row = indicators.row(ward, code);
        Indicator indicator = indicators.get(ward, code);
        access.editUnit(ward, indicator.leadUnit());  // the unit the stored indicator names, not the request
        ReportingPeriod period = ReportingPeriod.parseCalendar(periodCode);
        if (indicator.source() != Indicator.Source.ENTERED) {
            throw new InvalidInputException("indicator.not-entered", "value", code);
        }
        if (period.kind() != indicator.periodType()) {
            throw new InvalidInputException("indicator.wrong-period", "period", periodCode,
                    indicator.periodType().name());
        }
        checkValue(indicator, value);
        if (comment != null && comment.length() > 2000) {
            throw new InvalidInputException("import.too-long", "comment", 2000);
        }
        if (explanation != null && explanation.length() > 2000) {
            throw new InvalidInputException("import.too-long", "explanation", 2000);
        }
        catalogue.lock(row.id());  // before any write of this transaction: the ward's row comes after
        if (values.locked(ward.id().value(), period.code())) {
            throw new ConflictException("indicator.period-locked", "period", period);
        }
        if (row.leadUnitId() != null) {
            forms.openForEntry(ward, row.leadUnitId(), org.unit(new UnitId(row.leadUnitId()))
                    .map(Unit::name).orElse(indicator.leadUnit()), period);
        }
        String key = ward.code() + "/" + code + "/" + period.code();
        Optional<ValueRow> old = values.find(row.id(), period.code());
        records.checked(key, version, old.map(v -> entered(code, v)).orElse(null));
        records.written(key, values.save(ward.id().value(), row.id(), period.code(), old, value,
                Texts.blankToNull(comment), Texts.blankToNull(explanation), CurrentActor.name()));
        // the audit log keeps just the value, not the whole entry records.updated would take
        events.publishEvent(ChangeRecorded.updated("indicator_value", key, ward,
                old.map(v -> Map.of("value", v.value())).orElse(null), Map.of("value", value)));
        return new Saved(views.view(ward, code, period), old.map(v -> v.version() + 1).orElse(0L));
    }

    /**
     * Locks the rows of the indicators whose values one transaction is going to write, in one order and
     * before its first write: one write locks its indicator first and the ward's revision row next, so a
     * transaction that locked a second indicator only after writing could deadlock with it.
     */
    @Transactional
    void lock(Ward ward, java.util.Collection<String> codes) {
        codes.stream().map(c -> indicators.row(ward, c).id()).sorted().forEach(catalogue::lock);
    }

    private static Entered entered(String code, ValueRow v) {
        return new Entered(code, v.period(), v.value(), v.comment(), v.explanation(), v.updatedBy(), v.updatedAt(),
                v.version());
    }

    private static void checkValue(Indicator indicator, BigDecimal value) {
        if (value == null) {
            throw new InvalidInputException("indicator.value-required", "value");
        }
        // the column is numeric(18, 4): its bounds first, so that no check below writes out a huge number
        Decimals.require(value, 14, 4, "value");
        switch (indicator.unit()) {
            case PERCENT -> {
                if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new InvalidInputException("indicator.percent-range", "value", Decimals.shown(value));
                }
            }
            case COUNT -> {
                if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
                    throw new InvalidInputException("indicator.count-whole", "value", Decimals.shown(value));
                }
            }
            case VND -> {
                if (value.signum() < 0) {
                    throw new InvalidInputException("indicator.not-negative", "value", Decimals.shown(value));
                }
            }
            case NUMBER -> {
                // any number
            }
        }
    }
}
