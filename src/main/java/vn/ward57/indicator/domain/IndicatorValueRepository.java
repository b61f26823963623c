package vn.ward57.indicator.domain;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Entered values per period, every change kept, and the periods locked by approval. */
@Repository
public class IndicatorValueRepository {

    private final JdbcClient jdbc;

    IndicatorValueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** version: raised by every change of the value (0 when first entered). */
    public record ValueRow(String period, BigDecimal value, String comment, String explanation, String updatedBy,
                           java.time.OffsetDateTime updatedAt, long version) {
    }

    public record Change(String period, BigDecimal oldValue, BigDecimal newValue, String actor,
                         java.time.OffsetDateTime at) {
    }

    /** An entered value with the code of its indicator. */
    public record CodedValue(String code, String period, BigDecimal value, String comment, String updatedBy) {
    }

    /** The values of some of a ward's indicators in the periods of a year (codes 2026, 2026-05, 2026Q2 …). */
    public List<CodedValue> ofYear(long wardId, List<String> codes, int year) {
        return jdbc.sql("""
                select i.code, v.period, v.value, v.comment, v.updated_by
                from indicator_value v join indicator i on i.id = v.indicator_id
                where i.ward_id = :ward and i.code in (:codes) and left(v.period, 4) = :year
                order by v.period, i.code
                """).param("ward", wardId).param("codes", codes).param("year", String.valueOf(year))
                .query(CodedValue.class).list();
    }

    public Optional<ValueRow> find(long indicatorId, String period) {
        return jdbc.sql("select period, value, comment, explanation, updated_by, updated_at, version "
                        + "from indicator_value where indicator_id = ? and period = ?")
                .params(indicatorId, period).query(ValueRow.class).optional();
    }

    /** The latest values up to and including a period (an indicator's periods are of one type, whose codes sort in time). */
    public List<ValueRow> recent(long indicatorId, String upTo, int count) {
        return jdbc.sql("""
                select period, value, comment, explanation, updated_by, updated_at, version from indicator_value
                where indicator_id = ? and period <= ? order by period desc limit ?
                """).params(indicatorId, upTo, count).query(ValueRow.class).list();
    }

    /**
     * Writes the value over {@code old} (what the caller read under the indicator's lock) and its history
     * row; the update raises the version and only from old's (false: the value moved on, nothing written).
     */
    public boolean save(long wardId, long indicatorId, String period, Optional<ValueRow> old, BigDecimal value,
                        String comment, String explanation, String actor) {
        int written = jdbc.sql("""
                insert into indicator_value (ward_id, indicator_id, period, value, comment, explanation, updated_by)
                values (:ward, :indicator, :period, :value, :comment, :explanation, :actor)
                on conflict (indicator_id, period) do update set value = excluded.value, comment = excluded.comment,
                    explanation = excluded.explanation, updated_by = excluded.updated_by, updated_at = now(),
                    version = indicator_value.version + 1
                where indicator_value.version = :version
                """)
                .param("ward", wardId).param("indicator", indicatorId).param("period", period).param("value", value)
                .param("comment", comment, Types.VARCHAR).param("explanation", explanation, Types.VARCHAR)
                .param("actor", actor).param("version", old.map(ValueRow::version).orElse(-1L)).update();
        if (written == 0) {
            return false;
        }
        // clock_timestamp: the moment of the write, in the order of the writes (now() is the transaction's start)
        jdbc.sql("""
                insert into indicator_value_history (ward_id, indicator_id, period, old_value, new_value, actor, at)
                values (:ward, :indicator, :period, :old, :new, :actor, clock_timestamp())
                """)
                .param("ward", wardId).param("indicator", indicatorId).param("period", period)
                .param("old", old.map(ValueRow::value).orElse(null), Types.NUMERIC).param("new", value)
                .param("actor", actor).update();
        return true;
    }

    /** Oldest first, by id: the order the writes were made in, one after the other under the indicator's lock. */
    public List<Change> history(long indicatorId, String period) {
        return jdbc.sql("""
                select period, old_value, new_value, actor, at from indicator_value_history
                where indicator_id = ? and period = ? order by id
                """).params(indicatorId, period).query(Change.class).list();
    }

    /** The newest {@code limit} changes, newest first (through the index by id: a few rows, however many there are). */
    public List<Change> newestHistory(long indicatorId, String period, int limit) {
        return jdbc.sql("""
                select period, old_value, new_value, actor, at from indicator_value_history
                where indicator_id = ? and period = ? order by id desc limit ?
                """).params(indicatorId, period, limit).query(Change.class).list();
    }

    public boolean locked(long wardId, String period) {
        return jdbc.sql("select exists (select 1 from indicator_period_lock where ward_id = ? and period = ?)")
                .params(wardId, period).query(Boolean.class).single();
    }

    public void lock(long wardId, String period, String actor) {
        jdbc.sql("insert into indicator_period_lock (ward_id, period, locked_by) values (?, ?, ?) on conflict do nothing")
                .params(wardId, period, actor).update();
    }
}
