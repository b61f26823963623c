package vn.ward57.feedback.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.feedback.Attachment;
import vn.ward57.feedback.AttachmentFile;

/** Feedback items with their category and unit, their history and attachments. */
@Repository
class FeedbackRepository {

    private static final String SELECT = """
            select f.id, f.code, f.channel, f.received_on, c.code as category_code, c.name as category_name,
                   f.content, f.address, f.submitter_name, f.submitter_phone, u.code as unit_code,
                   u.name as unit_name, f.due_on, f.state, f.answer, f.answered_on, f.closed_on, f.satisfied,
                   f.transferred_to, f.published_at, f.published_by, f.address_consent, r.code as repeat_of,
                   f.received_at, f.updated_at, f.version
            from feedback_item f join feedback_category c on c.id = f.category_id
                 left join unit u on u.id = f.unit_id
                 left join feedback_item r on r.id = f.repeat_of
            """;

    private final JdbcClient jdbc;

    FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(long id, String code, String channel, LocalDate receivedOn, String categoryCode,
                      String categoryName, String content, String address, String submitterName,
                      String submitterPhone, String unitCode, String unitName, LocalDate dueOn, String state,
                      String answer, LocalDate answeredOn, LocalDate closedOn, Boolean satisfied,
                      String transferredTo, OffsetDateTime publishedAt, String publishedBy, boolean addressConsent,
                      String repeatOf, OffsetDateTime receivedAt, OffsetDateTime updatedAt, long version) {

        /** Shown publicly: an officer published it. */
        public boolean isPublic() {
            return publishedAt != null;
        }
    }

    /** publishedBy: the officer who publishes it as it is taken in, or null (not public). */
    public record NewItem(String code, String channel, LocalDate receivedOn, long categoryId, String content,
                          String address, String submitterName, String submitterPhone, Long unitId,
                          LocalDate dueOn, String publishedBy, boolean addressConsent, Long repeatOf) {
    }

    public record Filter(String state, String category, String unit, LocalDate overdueAt, String query,
                         Boolean onlyPublic) {
    }

    public record HistoryRow(String fromState, String toState, String changedBy, OffsetDateTime changedAt,
                             String note) {
    }

    public List<Row> list(long wardId, Filter f) {
        StringBuilder sql = new StringBuilder(SELECT).append("where f.ward_id = ?");
        List<Object> params = new ArrayList<>(List.of(wardId));
        if (f.state() != null) {
            sql.append(" and f.state = ?");
            params.add(f.state());
        }
        if (f.category() != null) {
            sql.append(" and c.code = ?");
            params.add(f.category());
        }
        if (f.unit() != null) {
            sql.append(" and u.code = ?");
            params.add(f.unit());
        }
        if (f.overdueAt() != null) {
            sql.append(" and f.state in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS') and f.due_on < ?");
            params.add(f.overdueAt());
        }
        if (Boolean.TRUE.equals(f.onlyPublic())) {
            sql.append(" and f.published_at is not null");
        }
        if (f.query() != null) {
            sql.append(" and (lower(f.content) like ? or lower(f.code) like ? or lower(coalesce(f.address, '')) like ?)");
            String pattern = "%" + f.query().toLowerCase() + "%";
            params.addAll(List.of(pattern, pattern, pattern));
        }
        return jdbc.sql(sql.append(" order by f.received_on desc, f.id desc").toString()).params(params)
                .query(Row.class).list();
    }

    public Optional<Row> find(long wardId, long id) {
        return jdbc.sql(SELECT + "where f.ward_id = ? and f.id = ?").params(wardId, id).query(Row.class).optional();
    }

    public Optional<Row> findByCode(long wardId, String code) {
        return jdbc.sql(SELECT + "where f.ward_id = ? and f.code = ?").params(wardId, code).query(Row.class)
                .optional();
    }

    /** The next code of the year: PA-2026-0001, PA-2026-0002, … per ward (the unique key guards a race). */
    public String nextCode(long wardId, int year) {
        String prefix = "PA-" + year + "-";
        Integer last = jdbc.sql("select max(cast(substring(code from 9) as integer)) from feedback_item "
                        + "where ward_id = ? and code like ?")
                .params(wardId, prefix + "%").query(Integer.class).optional().orElse(null);
        return prefix + String.format("%04d", last == null ? 1 : last + 1);
    }

    public long insert(long wardId, NewItem n) {
        return jdbc.sql("""
                insert into feedback_item (ward_id, code, channel, received_on, category_id, content, address,
                    submitter_name, submitter_phone, unit_id, due_on, published_at, published_by, address_consent,
                    repeat_of)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, case when cast(? as varchar) is null then null else now() end,
                    ?, ?, ?)
                returning id
                """).params(wardId, n.code(), n.channel(), n.receivedOn(), n.categoryId(), n.content(), n.address(),
                        n.submitterName(), n.submitterPhone(), n.unitId(), n.dueOn(), n.publishedBy(),
                        n.publishedBy(), n.addressConsent(), n.repeatOf())
                .query(Long.class).single();
    }

    /** Publishes the item (by whom, now) or, with null, withdraws it from the public views. */
    public void publish(long wardId, long id, String publishedBy) {
        jdbc.sql("""
                update feedback_item set published_by = ?,
                    published_at = case when cast(? as varchar) is null then null else now() end
                where ward_id = ? and id = ?
                """).params(publishedBy, publishedBy, wardId, id).update();
    }

    /** Locks the item's row until the transaction ends: its workflow steps follow one another. */
    public void lock(long wardId, long id) {
        jdbc.sql("select 1 from feedback_item where ward_id = ? and id = ? for no key update").params(wardId, id)
                .query(Integer.class).optional();
    }

    /**
     * Writes a step of the workflow; null values keep what the item had. Raises the version, and only from
     * the one given (false: the item moved on, nothing written).
     */
    public boolean changeState(long id, long version, String state, String answer, LocalDate answeredOn,
                               LocalDate closedOn, String transferredTo, Long unitId, Boolean satisfied) {
        return jdbc.sql("""
                update feedback_item set state = ?, answer = coalesce(?, answer),
                    answered_on = coalesce(?, answered_on), closed_on = coalesce(?, closed_on),
                    transferred_to = coalesce(?, transferred_to), unit_id = coalesce(?, unit_id),
                    satisfied = coalesce(?, satisfied), updated_at = now(), version = version + 1
                where id = ? and version = ?
                """).params(state, answer, answeredOn, closedOn, transferredTo, unitId, satisfied, id, version)
                .update() == 1;
    }

    public void history(long wardId, long itemId, String from, String to, String who, String note) {
        jdbc.sql("insert into feedback_history (ward_id, item_id, from_state, to_state, changed_by, note) "
                + "values (?, ?, ?, ?, ?, ?)").params(wardId, itemId, from, to, who, note).update();
    }

    public List<HistoryRow> history(long itemId) {
        return jdbc.sql("select from_state, to_state, changed_by, changed_at, note from feedback_history "
                + "where item_id = ? order by changed_at, id").param(itemId).query(HistoryRow.class).list();
    }

    public void attach(long wardId, long itemId, String name, String type, byte[] content, String sha256) {
        jdbc.sql("insert into feedback_attachment (ward_id, item_id, file_name, content_type, content, sha256) "
                + "values (?, ?, ?, ?, ?, ?)").params(wardId, itemId, name, type, content, sha256).update();
    }

    public List<Attachment> attachments(long itemId) {
        return jdbc.sql("select id, file_name, content_type, length(content) as size from feedback_attachment "
                + "where item_id = ? order by id").param(itemId).query(Attachment.class).list();
    }

    public Optional<AttachmentFile> file(long itemId, long attachmentId) {
        return jdbc.sql("select file_name, content_type, content from feedback_attachment where item_id = ? and id = ?")
                .params(itemId, attachmentId).query(AttachmentFile.class).optional();
    }

    /** Up to two ward codes: Open311 may leave out jurisdiction_id only when the database holds one ward. */
    public List<String> someWardCodes() {
        return jdbc.sql("select code from ward order by code limit 2").query(String.class).list();
    }
}
