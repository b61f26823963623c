package vn.ward57.common.imports;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import vn.ward57.common.error.InvalidInputException;

/**
 * The register import the current thread is running, so that the one reader of register files
 * ({@link vn.ward57.common.table.TableImport}) can tell it each row as it goes: the row limit is enforced
 * there, a cancel stops it there, and the status page shows how many rows are read. Outside an import
 * (no run bound to the thread) a row is only counted by nobody.
 */
public final class ImportRun {

    private static final ThreadLocal<ImportRun> CURRENT = new ThreadLocal<>();

    private final long maxRows;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicLong rows = new AtomicLong();
    private volatile boolean read;

    ImportRun(long maxRows) {
        this.maxRows = maxRows;
    }

    /** One more data row of the file read: refused past the limit, stopped when the import was cancelled. */
    public static void row() {
        ImportRun run = CURRENT.get();
        if (run == null) {
            return;
        }
        long n = run.rows.incrementAndGet();
        if (n > run.maxRows) {
            throw new InvalidInputException("tablefile.too-many-rows", "file", run.maxRows);
        }
        if (run.cancelled.get()) {
            throw new CancellationException();
        }
    }

    /** The file is read whole; what follows is the write. */
    public static void fileRead() {
        ImportRun run = CURRENT.get();
        if (run != null) {
            run.read = true;
        }
    }

    <T> T bound(java.util.function.Supplier<T> work) {
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            CURRENT.remove();
        }
    }

    void cancel() {
        cancelled.set(true);
    }

    boolean isCancelled() {
        return cancelled.get();
    }

    long rows() {
        return rows.get();
    }

    boolean fileIsRead() {
        return read;
    }
}
