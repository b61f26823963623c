package vn.ward57.task.domain;

import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dated history of each task. */
@Repository
public class TaskEventRepository {

    private final JdbcClient jdbc;

    TaskEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(long id, String kind, LocalDate onDate, String note, String link, Long attachmentId,
                      String attachmentName, LocalDate deadline, String actor, OffsetDateTime recordedAt) {
    }

    public record NewEvent(long wardId, long taskId, String kind, LocalDate onDate, String note, String link,
                           Long attachmentId, LocalDate deadline, String actor) {
    }

    public void insert(NewEvent e) {
        jdbc.sql("""
                insert into task_event (ward_id, task_id, kind, on_date, note, link, attachment_id, deadline, actor)
                values (:ward, :task, :kind, :on, :note, :link, :attachment, :deadline, :actor)
                """)
                .param("ward", e.wardId()).param("task", e.taskId()).param("kind", e.kind()).param("on", e.onDate())
                .param("note", e.note(), Types.VARCHAR).param("link", e.link(), Types.VARCHAR)
                .param("attachment", e.attachmentId(), Types.BIGINT).param("deadline", e.deadline(), Types.DATE)
                .param("actor", e.actor())
                .update();
    }

    /** A task's history, oldest first. */
    public List<Row> history(long taskId) {
        return jdbc.sql("""
                select e.id, e.kind, e.on_date, e.note, e.link, e.attachment_id, a.file_name as attachment_name,
                       e.deadline, e.actor, e.recorded_at
                from task_event e left join attachment a on a.id = e.attachment_id
                where e.task_id = ? order by e.recorded_at, e.id
                """).param(taskId).query(Row.class).list();
    }
}
