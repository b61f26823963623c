package vn.ward57.common.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One long write of a ward's rows (an import) as one transaction that does not hold the ward's
 * revision row: the triggers of V20 are told to skip it (V34), and the revision is raised once, as the
 * last statement before the commit. Other writes of the ward go on meanwhile instead of waiting at that
 * row; the new figures still become visible with the data, never before. Writes of one ward done this
 * way also take the ward's import lock, so that two of them (even from two application instances) never
 * run at once.
 */
@Component
public class WardBatchWrite {

    /** The first key of the advisory lock (the second is the ward): imports' locks, no one else's. */
    private static final int IMPORT_LOCKS = 57_021;
    /** The key that marks the transaction as such a write. */
    private static final Object ACTIVE = WardBatchWrite.class.getName() + ".active";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    WardBatchWrite(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Whether the current thread runs such a write (then the audit log writes its entries in batches). */
    public static boolean active() {
        return TransactionSynchronizationManager.hasResource(ACTIVE);
    }

    /** Runs work in a new transaction of the ward; rolled back whole on any exception or error. */
    public <T> T inTransaction(long wardId, TransactionCallback<T> work) {
        return transaction.execute(status -> {
            jdbc.sql("select set_config('ward57.revision_deferred', 'on', true), pg_advisory_xact_lock(?, ?)")
                    .params(IMPORT_LOCKS, Math.toIntExact(wardId)).query((rs, n) -> n).list();
            TransactionSynchronizationManager.bindResource(ACTIVE, Boolean.TRUE);
            T result;
            try {
                result = work.doInTransaction(status);
            } finally {
                TransactionSynchronizationManager.unbindResource(ACTIVE);
            }
            if (!status.isRollbackOnly()) {
                jdbc.sql("""
                        insert into ward_revision as r (ward_id, revision) values (?, 1)
                        on conflict (ward_id) do update set revision = r.revision + 1
                        """).param(wardId).update();
            }
            return result;
        });
    }
}
