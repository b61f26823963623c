package vn.ward57.task.domain;

import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Files kept in the database with their checksum. */
@Repository
public class AttachmentRepository {

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Info(long id, long wardId, Long directiveId, String fileName, String contentType, long sizeBytes,
                       String sha256, String uploadedBy) {
    }

    public record NewFile(long wardId, Long directiveId, String fileName, String contentType, byte[] content,
                          String sha256, String uploadedBy) {
    }

    public long insert(NewFile f) {
        return jdbc.sql("""
                insert into attachment (ward_id, directive_id, file_name, content_type, size_bytes, sha256, content,
                                        uploaded_by)
                values (:ward, :directive, :name, :type, :size, :sha, :content, :by) returning id
                """)
                .param("ward", f.wardId()).param("directive", f.directiveId(), Types.BIGINT)
                .param("name", f.fileName()).param("type", f.contentType()).param("size", f.content().length)
                .param("sha", f.sha256()).param("content", f.content()).param("by", f.uploadedBy())
                .query(Long.class).single();
    }

    /** A file of the ward (another ward's is not found). */
    public Optional<Info> find(long wardId, long id) {
        return jdbc.sql("""
                select id, ward_id, directive_id, file_name, content_type, size_bytes, sha256, uploaded_by
                from attachment where ward_id = ? and id = ?
                """).params(wardId, id).query(Info.class).optional();
    }

    public byte[] content(long id) {
        return jdbc.sql("select content from attachment where id = ?").param(id).query(byte[].class).single();
    }

    public List<Info> ofDirective(long directiveId) {
        return jdbc.sql("""
                select id, ward_id, directive_id, file_name, content_type, size_bytes, sha256, uploaded_by
                from attachment where directive_id = ? order by id
                """).param(directiveId).query(Info.class).list();
    }
}
