package vn.ward57.reportcheck.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table report_check_batch (V36): a province's check of its wards' FINAL reports, and how far it got. */
@Repository
class BatchRepository {

    record Row(long id, LocalDate periodFrom, LocalDate periodTo, String status, int total, int done, String message,
               String createdByName, OffsetDateTime createdAt) {
    }

    private final JdbcClient jdbc;

    BatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long start(long provinceId, LocalDate from, LocalDate to, int total, String by, String byName) {
        return jdbc.sql("""
                insert into report_check_batch (province_id, period_from, period_to, total, created_by, created_by_name)
                values (?, ?, ?, ?, ?, ?) returning id
                """).params(provinceId, from, to, total, by, byName).query(Long.class).single();
    }

    void progressed(long provinceId, long id) {
        jdbc.sql("update report_check_batch set done = done + 1 where province_id = ? and id = ?")
                .params(provinceId, id).update();
    }

    void finish(long provinceId, long id, String status, String message) {
        jdbc.sql("""
                update report_check_batch set status = ?, message = left(?, 2000), finished_at = now()
                 where province_id = ? and id = ? and status = 'RUNNING'
                """).params(status, message, provinceId, id).update();
    }

    /** Those a stop of the application left running: what they checked is kept, the rest was not checked. */
    int markInterrupted(String message) {
        return jdbc.sql("""
                update report_check_batch set status = 'FAILED', message = left(?, 2000), finished_at = now()
                 where status = 'RUNNING'
                """).param(message).update();
    }

    Optional<Row> find(long provinceId, long id) {
        return jdbc.sql("""
                select id, period_from, period_to, status, total, done, message, created_by_name, created_at
                  from report_check_batch where province_id = ? and id = ?
                """).params(provinceId, id).query(Row.class).optional();
    }

    Optional<Long> last(long provinceId) {
        return jdbc.sql("select max(id) from report_check_batch where province_id = ?").param(provinceId)
                .query(Long.class).list().stream().filter(Objects::nonNull).findFirst();
    }
}
