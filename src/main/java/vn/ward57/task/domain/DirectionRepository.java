package vn.ward57.task.domain;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.task.DirectionCounts;

/** The direction figures of Phụ lục I as one aggregate over the directive and meeting registers. */
@Repository
public class DirectionRepository {

    private final JdbcClient jdbc;

    DirectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Documents a body outside the ward issued (no signer role) are not the ward's and do not count. */
    public DirectionCounts counts(long wardId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select (select count(*) from directive
                        where ward_id = :ward and issued_on between :from and :to and signer_role = 'HEAD') as by_head,
                       (select count(*) from directive
                        where ward_id = :ward and issued_on between :from and :to and signer_role = 'DEPUTY') as by_deputy,
                       (select count(*) from meeting
                        where ward_id = :ward and held_on between :from and :to and chaired_by = 'HEAD') as m_head,
                       (select count(*) from meeting
                        where ward_id = :ward and held_on between :from and :to and chaired_by = 'DEPUTY') as m_deputy
                """).param("ward", wardId).param("from", from).param("to", to)
                .query((rs, n) -> new DirectionCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }
}
