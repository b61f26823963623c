package vn.ward57.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ward57.Ward57Test;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.database.WardBatchWrite;

/**
 * Within an import's write the audit log writes its entries in batches, before the commit; every entry
 * is kept, in the order published, and none when the import is rolled back. Elsewhere an entry is written
 * at once, in the publisher's transaction.
 */
@Ward57Test
class AuditBatchTest {

    @Autowired
    WardBatchWrite batchWrite;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anImportsEntriesAreAllWrittenInOrderBeforeItCommits() {
        signIn();
        long ward = anHai();
        long[] seenInside = new long[1];
        batchWrite.inTransaction(ward, status -> {
            for (int i = 0; i < 2_500; i++) {
                events.publishEvent(ChangeRecorded.created("asset", "batch-a-" + i, province(), ward,
                        Map.of("i", i)));
            }
            seenInside[0] = entries("batch-a-").size();
            return null;
        });
        assertThat(seenInside[0]).as("two full batches written while it ran").isEqualTo(2_000);
        List<String> keys = entries("batch-a-");
        assertThat(keys).hasSize(2_500);
        assertThat(keys.getFirst()).isEqualTo("batch-a-0");
        assertThat(keys.get(1_999)).isEqualTo("batch-a-1999");
        assertThat(keys.getLast()).isEqualTo("batch-a-2499");
        assertThat(jdbc.sql("select count(distinct actor) from audit_log where entity_key like 'batch-a-%' and actor = 'canbo.anhai'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRolledBackImportLeavesNoEntryAndAnOrdinaryChangeIsWrittenAtOnce() {
        signIn();
        long ward = anHai();
        assertThatThrownBy(() -> batchWrite.inTransaction(ward, status -> {
            for (int i = 0; i < 1_200; i++) {
                events.publishEvent(ChangeRecorded.created("asset", "batch-b-" + i, province(), ward, Map.of()));
            }
            throw new IllegalStateException("the import fails");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(entries("batch-b-")).isEmpty();

        events.publishEvent(ChangeRecorded.created("asset", "batch-c-1", province(), ward, Map.of()));
        assertThat(entries("batch-c-")).containsExactly("batch-c-1");
    }

    private List<String> entries(String keyPrefix) {
        return jdbc.sql("select entity_key from audit_log where entity = 'asset' and entity_key like ? order by id")
                .param(keyPrefix + "%")
                .query(String.class).list();
    }

    private Long province() {
        return jdbc.sql("select province_id from ward where code = 'an-hai'").query(Long.class).single();
    }

    private long anHai() {
        return jdbc.sql("select id from ward where code = 'an-hai'").query(Long.class).single();
    }

    private void signIn() {
        var details = accounts.loadUserByUsername("canbo.anhai");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }
}
