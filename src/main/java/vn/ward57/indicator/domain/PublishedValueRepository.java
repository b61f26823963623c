package vn.ward57.indicator.domain;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The entered values the ward has published: those of a locked period, or of a period whose form
 * of the indicator's lead unit is APPROVED. A draft or submitted form's values are never among them.
 */
@Repository
public class PublishedValueRepository {

    private final JdbcClient jdbc;

    PublishedValueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Published(String code, String period) {
    }

    public List<Published> ofYear(long wardId, int year) {
        return jdbc.sql("""
                select i.code, v.period
                from indicator_value v join indicator i on i.id = v.indicator_id
                where v.ward_id = :ward and left(v.period, 4) = :year
                  and (exists (select 1 from indicator_period_lock l where l.ward_id = v.ward_id and l.period = v.period)
                       or exists (select 1 from report_form f where f.unit_id = i.lead_unit_id and f.period = v.period
                                  and f.status = 'APPROVED'))
                order by v.period, i.code
                """).param("ward", wardId).param("year", String.valueOf(year)).query(Published.class).list();
    }
}
