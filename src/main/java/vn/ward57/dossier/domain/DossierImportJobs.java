package vn.ward57.dossier.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ward57.common.imports.WardImportQueue;
import vn.ward57.common.web.Messages;
import vn.ward57.dossier.ImportProfile;

/**
 * The imports accepted and not yet ended: each waits behind its ward's earlier imports ({@link WardImportQueue}),
 * so that it meets their dossiers as ones to update instead of racing them for the same codes, then runs.
 * Whatever stops one, an Error included, ends it FAILED with a message saying why; none is left RUNNING.
 */
@Component
public class DossierImportJobs {

    /** The file offered beside the dossier import's form, from the columns it matches. */
    @org.springframework.context.annotation.Bean
    static vn.ward57.common.table.ImportTemplate dossierImportTemplate() {
        return vn.ward57.common.table.ImportTemplate.of("mau-ho-so", vn.ward57.dossier.imports.ImportColumn.all());
    }

    private static final Logger log = LoggerFactory.getLogger(DossierImportJobs.class);

    private final WardImportQueue queue;
    private final DossierImportRunner runner;
    private final DossierImportRepository imports;
    private final Messages messages;
    private final Map<Long, AtomicBoolean> cancels = new ConcurrentHashMap<>();
    /**
     * Where each running import stands. Kept here, not in its row: the import's own transaction
     * would hide an update of the row from everyone else until the end.
     */
    private final Map<Long, Read> progress = new ConcurrentHashMap<>();
    /**
     * Imports waiting for their ward's turn. Their row says RUNNING until they end: the table knows no
     * earlier state, and a restart ends a waiting import as it ends a running one.
     */
    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();

    /** How far a running import has read: rows, and percent of the file when known. */
    public record Read(long rowsRead, Integer percent) {
    }

    DossierImportJobs(WardImportQueue queue, DossierImportRunner runner, DossierImportRepository imports,
                      Messages messages) {
        this.queue = queue;
        this.runner = runner;
        this.imports = imports;
        this.messages = messages;
    }

    /**
     * Queues a recorded import of the saved file, which is deleted when it ends. tap is told the progress as
     * the import reports it, in its thread (tests hold or break it there).
     */
    public void submit(long id, long wardId, Path file, ImportProfile profile, boolean skipInvalid,
                DossierImportRunner.Progress tap) {
        AtomicBoolean cancel = new AtomicBoolean();
        cancels.put(id, cancel);
        waiting.add(id);   // before the job can start and take it out
        queue.submit(wardId, () -> run(id, wardId, file, profile, skipInvalid, cancel, tap));
    }

    public boolean waiting(long id) {
        return waiting.contains(id);
    }

    /** How far the import has read, or null when it is not running here or has reported nothing yet. */
    public Read progress(long id) {
        return progress.get(id);
    }

    /** Asks a queued or running import to stop; it then writes nothing. */
    public void cancel(long id) {
        AtomicBoolean flag = cancels.get(id);
        if (flag != null) {
            flag.set(true);
        }
    }

    /**
     * The import when its ward's turn comes. A file that cannot be read ends it in the runner with its own
     * message; anything else that stops it (the database, a fault of ours, memory) is not the file's fault.
     */
    private void run(long id, long wardId, Path file, ImportProfile profile, boolean skipInvalid,
                     AtomicBoolean cancel, DossierImportRunner.Progress tap) {
        waiting.remove(id);
        try {
            if (cancel.get()) {   // cancelled while it waited: the file is not even opened
                imports.finish(id, "FAILED", 0, 0, 0, 0, 0, "[]", messages.get("import.cancelled"));
                return;
            }
            runner.run(id, wardId, file, profile, skipInvalid, cancel::get, (read, percent) -> {
                progress.put(id, new Read(read, percent));
                tap.report(read, percent);
            });
        } catch (Throwable e) {
            log.error("Nhập hồ sơ {} thất bại", id, e);
            imports.finish(id, "FAILED", 0, 0, 0, 0, 0, "[]",
                    messages.get(e instanceof OutOfMemoryError ? "import.failed-memory" : "import.failed-system"));
        } finally {
            cancels.remove(id);
            progress.remove(id);
            delete(file);
        }
    }

    public static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Không xóa được tệp tạm {}", file, e);
            }
        }
    }
}
