package vn.ward57.people.domain;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures of the people register, each one SQL aggregate. */
@Repository
class TrainingFiguresRepository {

    private final JdbcClient jdbc;

    TrainingFiguresRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record InPostTrained(long inPost, long trained) {
    }

    /**
     * Staff in post on the day, and those of them who attended at least one digital-skills event
     * (any programme but OTHER) held on or before it; attending two events counts once.
     */
    InPostTrained staffTrained(long wardId, LocalDate asOf) {
        return jdbc.sql("""
                select count(*) as in_post,
                       count(*) filter (where exists (
                           select 1 from training_attendance a join training_event e on e.id = a.training_event_id
                           where a.staff_member_id = s.id and e.programme <> 'OTHER' and e.held_on <= :day)) as trained
                from staff_member s
                where s.ward_id = :ward and %s
                """.formatted(StaffMemberRepository.IN_POST))
                .param("ward", wardId).param("day", asOf).query(InPostTrained.class).single();
    }

    record Count(long events, long participants, long certificates) {
    }

    /** Events held in [from, to], their participants over all target groups, certificates issued. */
    Count training(long wardId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) as events,
                       coalesce(sum((select sum(p.participants) from training_participants p
                                     where p.training_event_id = e.id)), 0) as participants,
                       coalesce(sum(e.certificates_issued), 0) as certificates
                from training_event e
                where e.ward_id = ? and e.held_on between ? and ?
                """).params(wardId, from, to).query(Count.class).single();
    }
}
