package vn.ward57.initiative.domain;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.common.Texts;
import vn.ward57.initiative.Initiative;

/** Initiatives and their attached files. */
@Repository
class InitiativeRepository {

    private final JdbcClient jdbc;

    InitiativeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(long id, long wardId, long callId, String code, String title, String authors, String unitCode,
                      String unitName, String problem, String solution, String results, LocalDate submittedOn) {

        public Initiative initiative(String wardCode, List<Initiative.FileInfo> files) {
            return new Initiative(id, callId, wardCode, code, title, authors, unitCode, unitName, problem, solution,
                    results, submittedOn, files);
        }
    }

    private static final String SELECT = """
            select i.id, i.ward_id, i.call_id, i.code, i.title, i.authors, u.code as unit_code, u.name as unit_name,
                   i.problem, i.solution, i.results, i.submitted_on
            from initiative i left join unit u on u.id = i.unit_id
            """;

    /** Initiatives of the ward submitted in [from, to], both days included. */
    public long submitted(long wardId, LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from initiative where ward_id = ? and submitted_on between ? and ?")
                .params(wardId, from, to).query(Long.class).single();
    }

    /** The call's initiatives, those whose code, title or authors contain q (any case) when q is given. */
    public List<Row> findByCall(long callId, String q) {
        String like = q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase() + "%";
        return jdbc.sql(SELECT + """
                where i.call_id = :call and (cast(:q as text) is null or lower(i.code || ' ' || i.title || ' '
                      || i.authors) like :q)
                order by i.code
                """).param("call", callId).param("q", like, Types.VARCHAR).query(Row.class).list();
    }

    public Optional<Row> find(long wardId, long id) {
        return jdbc.sql(SELECT + "where i.ward_id = ? and i.id = ?").param(wardId).param(id)
                .query(Row.class).optional();
    }

    public boolean codeTaken(long callId, String code, Long exceptId) {
        return jdbc.sql("select count(*) from initiative where call_id = ? and code = ? and id <> ?")
                .param(callId).param(code).param(exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    public long insert(long wardId, long callId, Initiative.Form f, Long unitId) {
        return jdbc.sql("""
                insert into initiative (ward_id, call_id, code, title, authors, unit_id, problem, solution, results,
                    submitted_on)
                values (:ward, :call, :code, :title, :authors, :unit, :problem, :solution, :results, :submittedOn)
                returning id
                """).param("ward", wardId).param("call", callId).params(fields(f, unitId))
                .query(Long.class).single();
    }

    public void update(long id, Initiative.Form f, Long unitId) {
        jdbc.sql("""
                update initiative set code = :code, title = :title, authors = :authors, unit_id = :unit,
                    problem = :problem, solution = :solution, results = :results, submitted_on = :submittedOn
                where id = :id
                """).param("id", id).params(fields(f, unitId)).update();
    }

    private static java.util.Map<String, Object> fields(Initiative.Form f, Long unitId) {
        var map = new java.util.HashMap<String, Object>();
        map.put("code", f.code().strip());
        map.put("title", f.title().strip());
        map.put("authors", f.authors().strip());
        map.put("unit", unitId);
        map.put("problem", Texts.blankToNull(f.problem()));
        map.put("solution", Texts.blankToNull(f.solution()));
        map.put("results", Texts.blankToNull(f.results()));
        map.put("submittedOn", f.submittedOn());
        return map;
    }

    public void delete(long id) {
        jdbc.sql("delete from initiative where id = ?").param(id).update();
    }

    public List<Initiative.FileInfo> files(long initiativeId) {
        return jdbc.sql("""
                select id, file_name, content_type, octet_length(content), sha256 from initiative_file
                where initiative_id = ? order by id
                """).param(initiativeId).query((rs, n) -> new Initiative.FileInfo(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getInt(4), rs.getString(5))).list();
    }

    public Optional<Initiative.StoredFile> file(long initiativeId, long fileId) {
        // named as Initiative.StoredFile's components: JdbcClient maps columns to them by name
        return jdbc.sql("""
                select file_name as name, content_type, content from initiative_file
                where initiative_id = ? and id = ?
                """)
                .param(initiativeId).param(fileId).query(Initiative.StoredFile.class).optional();
    }

    public long insertFile(long wardId, long initiativeId, String name, String contentType, byte[] bytes,
                           String sha256, String uploadedBy) {
        return jdbc.sql("""
                insert into initiative_file (ward_id, initiative_id, file_name, content_type, content, sha256, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """).params(wardId, initiativeId, name, contentType, bytes, sha256, uploadedBy)
                .query(Long.class).single();
    }
}
