package vn.ward57.indicator.domain;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ward's indicator catalogue and targets. */
@Repository
public class IndicatorRepository {

    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(long id, long wardId, String code, String name, String unit, String direction,
                      String periodType, String source, String metric, String numerator, String denominator,
                      BigDecimal factor, Long leadUnitId, BigDecimal amberWithin, boolean byPace) {
    }

    public record TargetRow(int year, BigDecimal target, BigDecimal baseline, Integer baselineYear, String source) {
    }

    private static final String SELECT = """
            select id, ward_id, code, name, unit, direction, period_type, source, metric, numerator, denominator,
                   factor, lead_unit_id, amber_within, by_pace
            from indicator
            """;

    /** The wards that have a catalogue. */
    public List<Long> wardIds() {
        return jdbc.sql("select distinct ward_id from indicator order by 1").query(Long.class).list();
    }

    public List<Row> findByWard(long wardId) {
        return jdbc.sql(SELECT + "where ward_id = ? order by code").param(wardId).query(Row.class).list();
    }

    public Optional<Row> find(long wardId, String code) {
        return jdbc.sql(SELECT + "where ward_id = ? and code = ?").params(wardId, code).query(Row.class).optional();
    }

    public long insert(long wardId, Row r) {
        return jdbc.sql("""
                insert into indicator (ward_id, code, name, unit, direction, period_type, source, metric, numerator,
                                       denominator, factor, lead_unit_id, amber_within, by_pace)
                values (:ward, :code, :name, :unit, :direction, :periodType, :source, :metric, :numerator,
                        :denominator, :factor, :lead, :amber, :byPace)
                returning id
                """)
                .param("ward", wardId).param("code", r.code()).param("name", r.name()).param("unit", r.unit())
                .param("direction", r.direction()).param("periodType", r.periodType()).param("source", r.source())
                .param("metric", r.metric(), Types.VARCHAR).param("numerator", r.numerator(), Types.VARCHAR)
                .param("denominator", r.denominator(), Types.VARCHAR).param("factor", r.factor(), Types.NUMERIC)
                .param("lead", r.leadUnitId(), Types.BIGINT).param("amber", r.amberWithin())
                .param("byPace", r.byPace())
                .query(Long.class).single();
    }

    public List<TargetRow> targets(long indicatorId) {
        return jdbc.sql("""
                select year, target, baseline, baseline_year, source from indicator_target
                where indicator_id = ? order by year
                """).param(indicatorId).query(TargetRow.class).list();
    }

    /** The ids of the units that coordinate with the lead unit on the indicator (cơ quan phối hợp). */
    public List<Long> coordinators(long indicatorId) {
        return jdbc.sql("select unit_id from indicator_coordinator where indicator_id = ? order by unit_id")
                .param(indicatorId).query(Long.class).list();
    }

    public void addCoordinator(long indicatorId, long unitId) {
        jdbc.sql("insert into indicator_coordinator (indicator_id, unit_id) values (?, ?) on conflict do nothing")
                .params(indicatorId, unitId).update();
    }

    /**
     * Locks the indicator's row until the transaction ends: the writes of its values and targets follow one
     * another, one that does not exist yet included (no key update: rows that merely point at it go on).
     */
    public void lock(long indicatorId) {
        jdbc.sql("select 1 from indicator where id = ? for no key update").param(indicatorId).query(Integer.class)
                .single();
    }

    /** A target as stored, with its version (0 when set first, raised by every change). */
    public record StoredTarget(int year, BigDecimal target, BigDecimal baseline, Integer baselineYear, String source,
                               long version) {
    }

    public Optional<StoredTarget> target(long indicatorId, int year) {
        return jdbc.sql("""
                select year, target, baseline, baseline_year, source, version from indicator_target
                where indicator_id = ? and year = ?
                """).params(indicatorId, year).query(StoredTarget.class).optional();
    }

    public void saveTarget(long wardId, long indicatorId, TargetRow t) {
        saveTarget(wardId, indicatorId, t, null);
    }

    /**
     * Sets the target, raising the version of one that exists, and only from the version given (false: it
     * moved on, nothing written); a null version replaces whatever is there.
     */
    public boolean saveTarget(long wardId, long indicatorId, TargetRow t, Long version) {
        return jdbc.sql("""
                insert into indicator_target (ward_id, indicator_id, year, target, baseline, baseline_year, source)
                values (:ward, :indicator, :year, :target, :baseline, :baselineYear, :source)
                on conflict (indicator_id, year) do update set target = excluded.target,
                    baseline = excluded.baseline, baseline_year = excluded.baseline_year, source = excluded.source,
                    version = indicator_target.version + 1
                where cast(:version as integer) is null or indicator_target.version = :version
                """)
                .param("ward", wardId).param("indicator", indicatorId).param("year", t.year())
                .param("target", t.target()).param("baseline", t.baseline(), Types.NUMERIC)
                .param("baselineYear", t.baselineYear(), Types.INTEGER).param("source", t.source(), Types.VARCHAR)
                .param("version", version, Types.INTEGER).update() == 1;
    }
}
