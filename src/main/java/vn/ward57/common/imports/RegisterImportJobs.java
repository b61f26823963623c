package vn.ward57.common.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.common.database.WardBatchWrite;
import vn.ward57.common.imports.domain.RegisterImportRepository;
import vn.ward57.common.error.Ward57Exception;
import vn.ward57.common.table.RowsRejectedException;
import vn.ward57.common.web.Messages;

/**
 * Runs one register import when its ward's turn comes: the module's job in one transaction that holds the
 * ward's revision row only at its end ({@link WardBatchWrite}). Whatever goes wrong, an Error included, the
 * import ends FAILED (or CANCELLED) with a message saying so and nothing written, never left RUNNING; its
 * temporary file is deleted.
 */
@Component
class RegisterImportJobs {

    private static final Logger log = LoggerFactory.getLogger(RegisterImportJobs.class);

    private final RegisterImportRepository imports;
    private final WardBatchWrite batchWrite;
    private final JsonMapper json;
    private final Messages messages;

    RegisterImportJobs(RegisterImportRepository imports, WardBatchWrite batchWrite, JsonMapper json,
                       Messages messages) {
        this.imports = imports;
        this.batchWrite = batchWrite;
        this.json = json;
        this.messages = messages;
    }

    void run(long id, long wardId, ImportRun run, String fileName, Path file, String successKey,
             RegisterImports.Job job) {
        try {
            if (!imports.start(id)) {
                return;    // cancelled while it waited
            }
            record(id, run, attempt(id, wardId, run, fileName, file, successKey, job));
        } catch (Throwable e) {
            log.error("Lần nhập {} ({}) không bắt đầu được", id, fileName, e);
            record(id, run, failed("import.register.failed-system"));
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Không xóa được tệp tạm {}", file, e);
            }
        }
    }

    /** How an import ended, its message worded only when it is recorded. */
    private record Outcome(String status, long written, String errors, long errorTotal, Supplier<String> message) {
    }

    private Outcome attempt(long id, long wardId, ImportRun run, String fileName, Path file, String successKey,
                            RegisterImports.Job job) {
        try {
            long written = run.bound(() -> batchWrite.inTransaction(wardId, status -> job.write(fileName, file)));
            return new Outcome("SUCCEEDED", written, "[]", 0, () -> messages.get(successKey, written));
        } catch (RowsRejectedException e) {
            return new Outcome("FAILED", 0, json.writeValueAsString(e.errors()), e.total(), () -> messages.get(e));
        } catch (CancellationException e) {
            return new Outcome("CANCELLED", 0, "[]", 0, () -> messages.get("import.register.cancelled"));
        } catch (Ward57Exception e) {
            return new Outcome("FAILED", 0, "[]", 0, () -> messages.get(e));
        } catch (Throwable e) {
            log.error("Lần nhập {} ({}) thất bại", id, fileName, e);
            return failed(e instanceof OutOfMemoryError ? "import.register.failed-memory"
                    : "import.register.failed-system");
        }
    }

    private Outcome failed(String key) {
        return new Outcome("FAILED", 0, "[]", 0, () -> messages.get(key));
    }

    /**
     * Records the outcome; should that fail (a message that cannot be worded, the database gone), records a
     * system failure instead, and should that fail too, the next start marks the import interrupted.
     */
    private void record(long id, ImportRun run, Outcome outcome) {
        try {
            imports.finish(id, outcome.status(), run.rows(), outcome.written(), outcome.errors(), outcome.errorTotal(),
                    outcome.message().get());
        } catch (Throwable e) {
            log.error("Không ghi được kết quả của lần nhập {}", id, e);
            try {
                imports.finish(id, "FAILED", run.rows(), 0, "[]", 0,
                        messages.get(Locale.forLanguageTag("vi"), "import.register.failed-system"));
            } catch (Throwable again) {
                log.error("Lần nhập {} sẽ được đánh dấu bị dừng khi ứng dụng khởi động lại", id, again);
            }
        }
    }
}
