package vn.ward57.task.domain;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.common.Texts;
import vn.ward57.task.Meeting;

/** The ward's meetings register. */
@Repository
class MeetingRepository {

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(long id, long wardId, LocalDate heldOn, String kind, String title, String chairedBy,
                      String chairName, String conclusions) {

        public Meeting meeting(String wardCode) {
            return new Meeting(id, wardCode, heldOn, Meeting.Kind.valueOf(kind), title,
                    vn.ward57.task.Directive.SignerRole.valueOf(chairedBy), chairName, conclusions);
        }
    }

    private static final String SELECT =
            "select id, ward_id, held_on, kind, title, chaired_by, chair_name, conclusions from meeting ";

    public List<Row> findByWard(long wardId) {
        return jdbc.sql(SELECT + "where ward_id = ? order by held_on desc, id desc").param(wardId)
                .query(Row.class).list();
    }

    /** A meeting of the ward (another ward's is not found). */
    public Optional<Row> find(long wardId, long id) {
        return jdbc.sql(SELECT + "where ward_id = ? and id = ?").params(wardId, id).query(Row.class).optional();
    }

    public long insert(long wardId, Meeting.Form f) {
        return jdbc.sql("""
                insert into meeting (ward_id, held_on, kind, title, chaired_by, chair_name, conclusions)
                values (:ward, :heldOn, :kind, :title, :chairedBy, :chairName, :conclusions) returning id
                """)
                .param("ward", wardId).param("heldOn", f.heldOn()).param("kind", f.kind().name())
                .param("title", f.title().strip()).param("chairedBy", f.chairedBy().name())
                .param("chairName", Texts.blankToNull(f.chairName()), Types.VARCHAR)
                .param("conclusions", Texts.blankToNull(f.conclusions()), Types.VARCHAR)
                .query(Long.class).single();
    }
}
