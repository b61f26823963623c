package vn.ward57.indicator;

import java.math.BigDecimal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.database.VersionedRecords;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.indicator.domain.IndicatorRepository;
import vn.ward57.indicator.domain.IndicatorRepository.Row;
import vn.ward57.indicator.domain.IndicatorRepository.StoredTarget;
import vn.ward57.indicator.domain.IndicatorRepository.TargetRow;
import vn.ward57.org.Ward;

/**
 * Setting an indicator's target of a year: the ward's commitment, not a unit's (its officers not limited to a
 * unit, its leaders, the province's admins). The writes of one indicator's targets
 * follow one another (its row is locked for the write); one based on a version read earlier is refused
 * once the target has changed since.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorTargetEntry {

    private final IndicatorService indicators;
    private final IndicatorRepository catalogue;
    private final VersionedRecords.Kind<Target> records;

    IndicatorTargetEntry(IndicatorService indicators, IndicatorRepository catalogue, VersionedRecords versioned) {
        this.indicators = indicators;
        this.catalogue = catalogue;
        this.records = versioned.of("indicator_target", Target::version);
    }

    /** A target as set, with its version (the API's ETag). */
    public record Target(String code, int year, BigDecimal target, BigDecimal baseline, Integer baselineYear,
                         String source, long version) {
    }

    public Target get(Ward ward, String code, int year) {
        return catalogue.target(indicators.row(ward, code).id(), year).map(t -> target(code, t))
                .orElseThrow(() -> new NotFoundException("indicator.no-target", null, code, String.valueOf(year)));
    }

    /** version: the one the person read (null: any); a target changed since is refused (409, who and when). */
    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public Target put(Ward ward, String code, int year, IndicatorService.TargetForm t, Long version) {
        Row row = indicators.row(ward, code);
        if (t == null || t.target() == null) {
            throw new InvalidInputException("indicator.target-required", "target");
        }
        // numeric(18, 4) columns
        vn.ward57.common.Decimals.require(t.target(), 14, 4, "target");
        vn.ward57.common.Decimals.require(t.baseline(), 14, 4, "baseline");
        if (t.baselineYear() != null && t.baselineYear() >= year) {
            throw new InvalidInputException("indicator.baseline-after-target", "baselineYear");
        }
        catalogue.lock(row.id());
        String key = ward.code() + "/" + code + "/" + year;
        Target before = records.checked(key, version,
                catalogue.target(row.id(), year).map(s -> target(code, s)).orElse(null));
        records.written(key, catalogue.saveTarget(ward.id().value(), row.id(), new TargetRow(year, t.target(),
                t.baseline(), t.baselineYear(), t.source()), before == null ? null : before.version()));
        return records.updated(ward, key, before, get(ward, code, year));
    }

    private static Target target(String code, StoredTarget t) {
        return new Target(code, t.year(), t.target(), t.baseline(), t.baselineYear(), t.source(), t.version());
    }
}
