package vn.ward57.community.domain;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The answers of the residential groups to the ward's checklist, per period. */
@Repository
class AssessmentRepository {

    /** A residential group of the ward. */
    record Group(long id, String code, String name) {
    }

    /** One answer: the group, the criterion, met or not, and the group's note for the period. */
    record Answer(String groupCode, String criterionCode, boolean met, String note, String assessedBy,
                         OffsetDateTime assessedAt) {
    }

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ward's residential groups in the order of their codes (tdp-01, tdp-02, … not by name). */
    List<Group> groups(long wardId) {
        return jdbc.sql("select id, code, name from residential_group where ward_id = ? order by code")
                .param(wardId).query(Group.class).list();
    }

    public java.util.Optional<Group> group(long wardId, String code) {
        return jdbc.sql("select id, code, name from residential_group where ward_id = ? and code = ?")
                .params(wardId, code).query(Group.class).optional();
    }

    /** The answers of the period, of every group (groupId null) or of one. */
    List<Answer> answers(long wardId, String period, Long groupId) {
        return jdbc.sql("""
                select g.code as group_code, c.code as criterion_code, a.met, a.note, a.assessed_by, a.assessed_at
                from digital_group_assessment a
                join residential_group g on g.id = a.residential_group_id
                join digital_group_criterion c on c.id = a.criterion_id
                where a.ward_id = :ward and a.period = :period
                  and (cast(:group as bigint) is null or a.residential_group_id = :group)
                order by g.code, c.sort_order, c.code
                """).param("ward", wardId).param("period", period).param("group", groupId, Types.BIGINT)
                .query(Answer.class).list();
    }

    /** Writes one answer, replacing the one given before. */
    void answer(long wardId, long groupId, String period, long criterionId, boolean met, String actor) {
        jdbc.sql("""
                insert into digital_group_assessment
                    (ward_id, residential_group_id, period, criterion_id, met, assessed_by, assessed_at)
                values (?, ?, ?, ?, ?, ?, now())
                on conflict (residential_group_id, period, criterion_id)
                do update set met = excluded.met, assessed_by = excluded.assessed_by, assessed_at = now()
                """).params(wardId, groupId, period, criterionId, met, actor).update();
    }

    /** The group's note for the period, on each of its answers. */
    void note(long groupId, String period, String note) {
        jdbc.sql("update digital_group_assessment set note = :note where residential_group_id = :group and period = :period")
                .param("note", note, Types.VARCHAR).param("group", groupId).param("period", period).update();
    }

    /** The latest period the ward assessed its groups for (periods of one year sort 2026 < 2026-05 < 2026Q2 < 2026S1). */
    public java.util.Optional<String> latestPeriod(long wardId) {
        return jdbc.sql("select period from digital_group_assessment where ward_id = ? order by assessed_at desc limit 1")
                .param(wardId).query(String.class).optional();
    }
}
