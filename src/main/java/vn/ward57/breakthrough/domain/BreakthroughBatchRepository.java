package vn.ward57.breakthrough.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.common.database.SqlArrays;

/**
 * The writes of a model file's import, each one statement for a batch of {@value #BATCH} rows (arrays
 * unnested by the database): a round trip and one firing of each trigger per batch, not per row.
 */
@Repository
class BreakthroughBatchRepository {

    static final int BATCH = 1000;

    private final JdbcClient jdbc;

    BreakthroughBatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A model as a file gives it: its columns and the tasks and indicators it is linked to. */
    public record Linked(BreakthroughRepository.Values values, List<Long> taskIds, List<String> indicatorCodes) {
    }

    /**
     * Writes the models in the file's order: a code the ward has replaces that model (keeping its id),
     * a new code is added; each model's links become the ones given. Codes must differ. Answers the
     * ids by code.
     */
    public Map<String, Long> upsert(long wardId, List<Linked> models) {
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < models.size(); from += BATCH) {
            List<Linked> batch = models.subList(from, Math.min(models.size(), from + BATCH));
            Map<String, Long> written = write(wardId, batch.stream().map(Linked::values).toList());
            link(batch, written);
            ids.putAll(written);
        }
        return ids;
    }

    private Map<String, Long> write(long wardId, List<BreakthroughRepository.Values> rows) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("""
                insert into breakthrough (ward_id, code, title, field, problem, solution, mechanisms_resources,
                       cost_and_time, cost_vnd, quantified_result, impact, lessons_and_scaling, risks, head_role,
                       contact_name, contact_phone, contact_email, started_on, status, report_year)
                select ?, r.code, r.title, r.field, r.problem, r.solution, r.mechanisms, r.cost_and_time, r.cost_vnd,
                       r.result, r.impact, r.lessons, r.risks, r.head_role, r.contact_name, r.contact_phone,
                       r.contact_email, r.started_on, r.status, r.report_year
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[],
                            ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::date[], ?::text[], ?::integer[])
                     with ordinality as r(code, title, field, problem, solution, mechanisms, cost_and_time, cost_vnd,
                                          result, impact, lessons, risks, head_role, contact_name, contact_phone,
                                          contact_email, started_on, status, report_year, n)
                order by r.n
                on conflict (ward_id, code) do update set title = excluded.title, field = excluded.field,
                       problem = excluded.problem, solution = excluded.solution,
                       mechanisms_resources = excluded.mechanisms_resources, cost_and_time = excluded.cost_and_time,
                       cost_vnd = excluded.cost_vnd, quantified_result = excluded.quantified_result,
                       impact = excluded.impact, lessons_and_scaling = excluded.lessons_and_scaling,
                       risks = excluded.risks, head_role = excluded.head_role, contact_name = excluded.contact_name,
                       contact_phone = excluded.contact_phone, contact_email = excluded.contact_email,
                       started_on = excluded.started_on, status = excluded.status, report_year = excluded.report_year
                returning id, code
                """)
                .param(wardId)
                .param(texts(rows, BreakthroughRepository.Values::code))
                .param(texts(rows, BreakthroughRepository.Values::title))
                .param(texts(rows, BreakthroughRepository.Values::field))
                .param(texts(rows, BreakthroughRepository.Values::problem))
                .param(texts(rows, BreakthroughRepository.Values::solution))
                .param(texts(rows, BreakthroughRepository.Values::mechanismsResources))
                .param(texts(rows, BreakthroughRepository.Values::costAndTime))
                .param(rows.stream().map(BreakthroughRepository.Values::costVnd).toArray(Long[]::new))
                .param(texts(rows, BreakthroughRepository.Values::quantifiedResult))
                .param(texts(rows, BreakthroughRepository.Values::impact))
                .param(texts(rows, BreakthroughRepository.Values::lessonsAndScaling))
                .param(texts(rows, BreakthroughRepository.Values::risks))
                .param(texts(rows, BreakthroughRepository.Values::headRole))
                .param(texts(rows, BreakthroughRepository.Values::contactName))
                .param(texts(rows, BreakthroughRepository.Values::contactPhone))
                .param(texts(rows, BreakthroughRepository.Values::contactEmail))
                .param(SqlArrays.dates(rows.stream().map(BreakthroughRepository.Values::startedOn)))
                .param(texts(rows, BreakthroughRepository.Values::status))
                .param(rows.stream().map(BreakthroughRepository.Values::reportYear).toArray(Integer[]::new))
                .query(rs -> {
                    ids.put(rs.getString("code"), rs.getLong("id"));
                });
        return ids;
    }

    /** Replaces the links of the models written: each pair is a model and one of its tasks or indicators. */
    private void link(List<Linked> models, Map<String, Long> ids) {
        Long[] written = ids.values().toArray(Long[]::new);
        jdbc.sql("delete from breakthrough_task where breakthrough_id = any(?::bigint[])").param(written).update();
        jdbc.sql("delete from breakthrough_indicator where breakthrough_id = any(?::bigint[])").param(written).update();
        var taskModels = new ArrayList<Long>();
        var tasks = new ArrayList<Long>();
        var indicatorModels = new ArrayList<Long>();
        var indicators = new ArrayList<String>();
        for (Linked model : models) {
            long id = ids.get(model.values().code());
            model.taskIds().forEach(task -> {
                taskModels.add(id);
                tasks.add(task);
            });
            model.indicatorCodes().forEach(code -> {
                indicatorModels.add(id);
                indicators.add(code);
            });
        }
        if (!tasks.isEmpty()) {
            jdbc.sql("insert into breakthrough_task (breakthrough_id, task_id) select * from unnest(?::bigint[], ?::bigint[])")
                    .param(taskModels.toArray(Long[]::new)).param(tasks.toArray(Long[]::new)).update();
        }
        if (!indicators.isEmpty()) {
            jdbc.sql("""
                    insert into breakthrough_indicator (breakthrough_id, indicator_code)
                    select * from unnest(?::bigint[], ?::text[])
                    """).param(indicatorModels.toArray(Long[]::new)).param(indicators.toArray(String[]::new)).update();
        }
    }

    static <T> String[] texts(List<T> rows, Function<T, String> column) {
        return rows.stream().map(column).toArray(String[]::new);
    }
}
