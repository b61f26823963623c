package vn.ward57.asset.domain;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The registers' figures, each one SQL aggregate over a ward's records. */
@Repository
class FigureRepository {

    /** In service: good or needing repair; OUT_OF_SERVICE is counted in the quantity only. */
    private static final String IN_SERVICE = "a.condition <> 'OUT_OF_SERVICE'";
    /**
     * Standing on the day :day: installed on or before it (or no installation date) and not removed on or
     * before it. The condition is today's only: the register keeps no history of it.
     */
    private static final String STANDING = "(a.installed_on is null or a.installed_on <= :day)"
            + " and (a.removed_on is null or a.removed_on > :day)";

    private final JdbcClient jdbc;

    FigureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param undated entries of the kind without an installation date (counted as if always there) */
    record KindRow(String kind, long quantity, long inService, long undated) {
    }

    /** @param undated camera entries without an installation date (counted as if always there) */
    record CameraRow(long cameras, long groupsCovered, long groups, long undated) {
    }

    record IssueRow(String kind, String holder, String action, long quantity) {
    }

    /** Each of the kinds given, in that order, standing on the day, with zeros for a kind the ward has none of. */
    List<KindRow> equipment(long wardId, List<String> kinds, LocalDate day) {
        return jdbc.sql("select k.kind, coalesce(sum(a.quantity), 0) as quantity,"
                        + " coalesce(sum(a.quantity) filter (where " + IN_SERVICE + "), 0) as in_service,"
                        + " count(a.id) filter (where a.installed_on is null) as undated"
                        + " from " + values("k(kind, position)", kinds)
                        + " left join asset a on a.kind = k.kind and a.ward_id = :ward and " + STANDING
                        + " group by k.kind, k.position order by k.position")
                .param("ward", wardId).param("day", day).query(KindRow.class).list();
    }

    /** Cameras in service standing in a residential group on the day; undated: those counted without a date. */
    CameraRow cameras(long wardId, LocalDate day) {
        return jdbc.sql("""
                with camera as (
                    select a.quantity, a.residential_group_id, a.installed_on from asset a
                    where a.ward_id = :ward and a.kind = 'CAMERA' and a.residential_group_id is not null
                      and %s and %s)
                select (select coalesce(sum(quantity), 0) from camera) as cameras,
                       (select count(distinct residential_group_id) from camera) as groups_covered,
                       (select count(*) from residential_group g where g.ward_id = :ward) as groups,
                       (select count(*) from asset a where a.ward_id = :ward and a.kind = 'CAMERA'
                          and a.installed_on is null) as undated
                """.formatted(IN_SERVICE, STANDING)).param("ward", wardId).param("day", day)
                .query(CameraRow.class).single();
    }

    /** The quantity issued in [from, to] of a kind to a holder (null: both), all actions. */
    long issued(long wardId, String kind, String holder, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select coalesce(sum(c.quantity), 0) from certificate_issue c
                where c.ward_id = :ward and c.kind = :kind and (cast(:holder as varchar) is null or c.holder = :holder)
                  and c.issued_on between :from and :to
                """).param("ward", wardId).param("kind", kind).param("holder", holder, Types.VARCHAR)
                .param("from", from).param("to", to).query(Long.class).single();
    }

    /** Every kind × holder × action given, in that order, with the quantity issued in [from, to]. */
    List<IssueRow> issuedBy(long wardId, List<String> kinds, List<String> holders, List<String> actions,
                                   LocalDate from, LocalDate to) {
        return jdbc.sql("select k.kind, h.holder, x.action, coalesce(sum(c.quantity), 0) as quantity"
                        + " from " + values("k(kind, kp)", kinds) + " cross join " + values("h(holder, hp)", holders)
                        + " cross join " + values("x(action, xp)", actions)
                        + " left join certificate_issue c on c.ward_id = ? and c.kind = k.kind"
                        + " and c.holder = h.holder and c.action = x.action and c.issued_on between ? and ?"
                        + " group by k.kind, kp, h.holder, hp, x.action, xp order by kp, hp, xp")
                .params(wardId, from, to).query(IssueRow.class).list();
    }

    /** (values ('A', 1), ('B', 2)) as alias — from the modules' own enum names, never from input. */
    private static String values(String alias, List<String> codes) {
        if (codes.stream().anyMatch(c -> !c.matches("[A-Z_]+"))) {
            throw new IllegalArgumentException("not a code: " + codes);
        }
        return "(values " + IntStream.range(0, codes.size()).mapToObj(i -> "('" + codes.get(i) + "', " + i + ")")
                .collect(Collectors.joining(", ")) + ") as " + alias;
    }
}
