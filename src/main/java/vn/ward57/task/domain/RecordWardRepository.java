package vn.ward57.task.domain;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ward of a record that a route names by its id alone (/tasks/{id}, /attachments/{id}, …). */
@Repository
public class RecordWardRepository {

    /** The tables whose records are reached by id; the name is a constant, never the caller's input. */
    public enum Table { DIRECTIVE, MEETING, TASK, ATTACHMENT, TASK_IMPORT }

    private final JdbcClient jdbc;

    RecordWardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> wardOf(Table table, long id) {
        return jdbc.sql("select ward_id from " + table.name().toLowerCase(java.util.Locale.ROOT) + " where id = ?")
                .param(id).query(Long.class).optional();
    }
}
