package vn.ward57.org.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.org.StaffingForm;
import vn.ward57.org.StaffingRow;
import vn.ward57.org.Unit;
import vn.ward57.org.WardId;

@Repository
public class StaffingRepository {

    private final JdbcClient jdbc;

    StaffingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every unit of the ward, with its entry for the year where there is one. */
    public List<StaffingRow> rows(WardId ward, int year) {
        return jdbc.sql("""
                select u.code as unit_code, u.name as unit_name, s.allotted, s.filled,
                       s.allotted - s.filled as missing, s.note
                from unit u left join staffing s on s.unit_id = u.id and s.year = :year
                where u.ward_id = :ward
                order by u.name
                """).param("ward", ward.value()).param("year", year).query(StaffingRow.class).list();
    }

    public record Totals(long allotted, long filled, long missing) {
    }

    public Totals totals(WardId ward, int year) {
        return jdbc.sql("""
                select coalesce(sum(allotted), 0) as allotted, coalesce(sum(filled), 0) as filled,
                       coalesce(sum(allotted - filled), 0) as missing
                from staffing where ward_id = ? and year = ?
                """).params(ward.value(), year).query(Totals.class).single();
    }

    public Optional<StaffingForm> find(Unit unit, int year) {
        return jdbc.sql("select allotted, filled, note from staffing where unit_id = ? and year = ?")
                .params(unit.id().value(), year).query(StaffingForm.class).optional();
    }

    public void upsert(Unit unit, int year, StaffingForm form) {
        jdbc.sql("""
                insert into staffing (ward_id, unit_id, year, allotted, filled, note)
                values (?, ?, ?, ?, ?, ?)
                on conflict (unit_id, year) do update
                  set allotted = excluded.allotted, filled = excluded.filled, note = excluded.note
                """).params(unit.wardId().value(), unit.id().value(), year, form.allotted(), form.filled(),
                form.note()).update();
    }

    public void delete(Unit unit, int year) {
        jdbc.sql("delete from staffing where unit_id = ? and year = ?").params(unit.id().value(), year).update();
    }
}
