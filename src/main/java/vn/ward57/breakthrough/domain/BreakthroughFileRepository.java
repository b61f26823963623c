package vn.ward57.breakthrough.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evidence files of the breakthrough models; the content is read only for a download. */
@Repository
class BreakthroughFileRepository {

    private static final String INFO = """
            select id, breakthrough_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
            from breakthrough_file
            """;

    private final JdbcClient jdbc;

    BreakthroughFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Info(long id, long breakthroughId, String fileName, String contentType, long sizeBytes,
                       String sha256, String uploadedBy, OffsetDateTime uploadedAt) {
    }

    public long insert(long wardId, long breakthroughId, String name, String contentType, byte[] content,
                       String sha256, String uploadedBy) {
        return jdbc.sql("""
                insert into breakthrough_file (ward_id, breakthrough_id, file_name, content_type, size_bytes, sha256,
                                               content, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).params(wardId, breakthroughId, name, contentType, (long) content.length, sha256, content,
                uploadedBy).query(Long.class).single();
    }

    public List<Info> ofModel(long breakthroughId) {
        return jdbc.sql(INFO + "where breakthrough_id = ? order by uploaded_at, id").param(breakthroughId)
                .query(Info.class).list();
    }

    public Optional<Info> find(long breakthroughId, long id) {
        return jdbc.sql(INFO + "where breakthrough_id = ? and id = ?").params(breakthroughId, id).query(Info.class)
                .optional();
    }

    public byte[] content(long id) {
        return jdbc.sql("select content from breakthrough_file where id = ?").param(id).query(byte[].class).single();
    }

    public void delete(long id) {
        jdbc.sql("delete from breakthrough_file where id = ?").param(id).update();
    }
}
