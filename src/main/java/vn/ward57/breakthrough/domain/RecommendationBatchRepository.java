package vn.ward57.breakthrough.domain;

import static vn.ward57.breakthrough.domain.BreakthroughBatchRepository.BATCH;
import static vn.ward57.breakthrough.domain.BreakthroughBatchRepository.texts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.common.database.SqlArrays;

/**
 * The writes of a recommendation file's import, each one statement for a batch of rows (arrays unnested by
 * the database), and the one read it needs before: the status of every code the ward has.
 */
@Repository
class RecommendationBatchRepository {

    private final JdbcClient jdbc;

    RecommendationBatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A follow-up entry of one recommendation. */
    public record FollowUp(long recommendationId, String status) {
    }

    /** The status of each recommendation of the ward, by its code. */
    public Map<String, String> statuses(long wardId) {
        Map<String, String> statuses = new HashMap<>();
        jdbc.sql("select code, status from recommendation where ward_id = ?").param(wardId)
                .query(rs -> {
                    statuses.put(rs.getString("code"), rs.getString("status"));
                });
        return statuses;
    }

    /**
     * Writes the recommendations in the file's order: a code the ward has replaces that one (keeping its
     * id and its follow-ups), a new code is added. Codes must differ. Answers the ids by code.
     */
    public Map<String, Long> upsert(long wardId, List<RecommendationRepository.Values> rows) {
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<RecommendationRepository.Values> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            jdbc.sql("""
                    insert into recommendation (ward_id, code, content, deciding_authority, lead_body,
                           coordinating_bodies, expected_output, deadline, deadline_text, scope, status)
                    select ?, r.code, r.content, r.authority, r.lead, r.coordinating, r.output, r.deadline,
                           r.deadline_text, r.scope, r.status
                    from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[],
                                ?::text[], ?::text[], ?::text[])
                         with ordinality as r(code, content, authority, lead, coordinating, output, deadline,
                                              deadline_text, scope, status, n)
                    order by r.n
                    on conflict (ward_id, code) do update set content = excluded.content,
                           deciding_authority = excluded.deciding_authority, lead_body = excluded.lead_body,
                           coordinating_bodies = excluded.coordinating_bodies,
                           expected_output = excluded.expected_output, deadline = excluded.deadline,
                           deadline_text = excluded.deadline_text, scope = excluded.scope, status = excluded.status
                    returning id, code
                    """)
                    .param(wardId)
                    .param(texts(batch, RecommendationRepository.Values::code))
                    .param(texts(batch, RecommendationRepository.Values::content))
                    .param(texts(batch, RecommendationRepository.Values::decidingAuthority))
                    .param(texts(batch, RecommendationRepository.Values::leadBody))
                    .param(texts(batch, RecommendationRepository.Values::coordinatingBodies))
                    .param(texts(batch, RecommendationRepository.Values::expectedOutput))
                    .param(SqlArrays.dates(batch.stream().map(RecommendationRepository.Values::deadline)))
                    .param(texts(batch, RecommendationRepository.Values::deadlineText))
                    .param(texts(batch, RecommendationRepository.Values::scope))
                    .param(texts(batch, RecommendationRepository.Values::status))
                    .query(rs -> {
                        ids.put(rs.getString("code"), rs.getLong("id"));
                    });
        }
        return ids;
    }

    /** Logs the follow-ups in their order, all on the same day with the same note by the same actor. */
    public void logFollowUps(List<FollowUp> followUps, LocalDate onDate, String note, String actor) {
        for (int from = 0; from < followUps.size(); from += BATCH) {
            List<FollowUp> batch = followUps.subList(from, Math.min(followUps.size(), from + BATCH));
            jdbc.sql("""
                    insert into recommendation_followup (recommendation_id, status, on_date, note, actor)
                    select f.id, f.status, ?, ?, ?
                    from unnest(?::bigint[], ?::text[]) with ordinality as f(id, status, n)
                    order by f.n
                    """)
                    .param(onDate).param(note).param(actor)
                    .param(batch.stream().map(FollowUp::recommendationId).toArray(Long[]::new))
                    .param(texts(batch, FollowUp::status))
                    .update();
        }
    }
}
