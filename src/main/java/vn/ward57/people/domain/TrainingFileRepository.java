package vn.ward57.people.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Files kept with training events, in the database with their checksum. */
@Repository
class TrainingFileRepository {

    private static final String SELECT = """
            select id, ward_id, training_event_id, file_name, content_type, size_bytes, sha256
            from training_event_file
            """;

    private final JdbcClient jdbc;

    TrainingFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Info(long id, long wardId, long trainingEventId, String fileName, String contentType,
                       long sizeBytes, String sha256) {
    }

    record NewFile(long wardId, long trainingEventId, String fileName, String contentType, byte[] content,
                          String sha256, String uploadedBy) {
    }

    long insert(NewFile f) {
        return jdbc.sql("""
                insert into training_event_file (ward_id, training_event_id, file_name, content_type, size_bytes,
                                                 sha256, content, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).params(f.wardId(), f.trainingEventId(), f.fileName(), f.contentType(), f.content().length,
                        f.sha256(), f.content(), f.uploadedBy())
                .query(Long.class).single();
    }

    Optional<Info> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(Info.class).optional();
    }

    public byte[] content(long id) {
        return jdbc.sql("select content from training_event_file where id = ?").param(id).query(byte[].class).single();
    }

    List<Info> ofEvent(long eventId) {
        return jdbc.sql(SELECT + "where training_event_id = ? order by id").param(eventId).query(Info.class).list();
    }
}
