package vn.ward57.common.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ward57.Ward57Test;

/** Every table of a ward's data raises its revision, which the figures' caches and the pages' ETags are keyed by. */
@Ward57Test
class WardRevisionsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    WardRevisions revisions;
    @Autowired
    TransactionTemplate transactions;

    /**
     * register_import (V35) is left out like the audit log: it records how an import went, no figure reads it,
     * and the rows an import writes raise the revision themselves; watching it would raise the revision at
     * each step of an import's status, for nothing. The report checks (V36) are left out likewise: a check reads
     * a document, no figure or page kept by revision reads the checks.
     */
    @Test
    void everyTableKeyedByWardIsWatchedForInsertUpdateAndDelete() {
        List<String> unwatched = jdbc.sql("""
                select c.table_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and c.column_name = 'ward_id' and t.table_type = 'BASE TABLE'
                  and c.table_name not in ('ward_revision', 'audit_log', 'app_user', 'register_import',
                                           'ward_report_check', 'province_report_check')
                  and (select count(*) from pg_trigger g where g.tgrelid = c.table_name::regclass
                       and g.tgname like c.table_name || '_ward_%') <> 3
                order by 1
                """).query(String.class).list();
        assertThat(unwatched).isEmpty();
    }

    @Test
    void aWriteRaisesTheRevisionOfItsWardsOnlyAndOnlyWhenCommitted() {
        long anHai = revisions.ofWard("an-hai");
        long trungThanh = revisions.ofWard("trung-thanh");
        var province = revisions.ofProvince("da-nang");
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("update unit set name = name where ward_id = (select id from ward where code = 'an-hai')").update();
            tx.setRollbackOnly();
        });
        assertThat(revisions.ofWard("an-hai")).isEqualTo(anHai);
        // one statement over many rows of one ward: one step
        jdbc.sql("update unit set name = name where ward_id = (select id from ward where code = 'an-hai')").update();
        assertThat(revisions.ofWard("an-hai")).isEqualTo(anHai + 1);
        assertThat(revisions.ofWard("trung-thanh")).isEqualTo(trungThanh);
        // a statement that writes no row changes nothing
        jdbc.sql("delete from unit where ward_id = (select id from ward where code = 'an-hai') and false").update();
        assertThat(revisions.ofWard("an-hai")).isEqualTo(anHai + 1);
        // a link table without ward_id finds it through its parent row
        var pair = jdbc.sql("""
                select i.id, u.id from indicator i join unit u on u.ward_id = i.ward_id
                where i.ward_id = (select id from ward where code = 'an-hai')
                  and not exists (select 1 from indicator_coordinator c where c.indicator_id = i.id and c.unit_id = u.id)
                limit 1
                """).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        jdbc.sql("insert into indicator_coordinator (indicator_id, unit_id) values (?, ?)").params(pair[0], pair[1]).update();
        assertThat(revisions.ofWard("an-hai")).isEqualTo(anHai + 2);
        jdbc.sql("delete from indicator_coordinator where indicator_id = ? and unit_id = ?").params(pair[0], pair[1]).update();
        assertThat(revisions.ofWard("an-hai")).isEqualTo(anHai + 3);
        assertThat(revisions.ofWard("trung-thanh")).isEqualTo(trungThanh);
        assertThat(revisions.ofProvince("da-nang").revisions()).isGreaterThan(province.revisions());
        assertThat(revisions.ofProvince("da-nang").wards()).isEqualTo(province.wards());
    }
}
