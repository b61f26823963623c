package vn.ward57.task.domain;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.common.WardTime;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.database.WardBatchWrite;
import vn.ward57.common.table.RowError;
import vn.ward57.common.table.TableFile;
import vn.ward57.common.web.Messages;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Ward;
import vn.ward57.task.domain.TaskImportRepository.Outcome;

/**
 * Runs one task import when its ward's turn comes: checks every row against the directive as it then
 * stands, its tasks locked from that moment (so a completion sent meanwhile waits and is not overwritten),
 * and writes them in batches in one transaction that does not hold the ward's revision row
 * ({@link WardBatchWrite}). With faulty rows and without skipInvalid nothing is written. Whatever goes
 * wrong, an Error included, the import ends FAILED with a message saying so, never left RUNNING.
 */
@Component
class TaskImportRunner {

    private static final Logger log = LoggerFactory.getLogger(TaskImportRunner.class);

    private final WardBatchWrite batchWrite;
    private final TaskImportRepository imports;
    private final TaskImportWriter writer;
    private final Attachments attachments;
    private final OrgLookup org;
    private final JsonMapper json;
    private final Messages messages;
    private final ApplicationEventPublisher events;

    TaskImportRunner(WardBatchWrite batchWrite, TaskImportRepository imports, TaskImportWriter writer,
                     Attachments attachments, OrgLookup org, JsonMapper json, Messages messages,
                     ApplicationEventPublisher events) {
        this.batchWrite = batchWrite;
        this.imports = imports;
        this.writer = writer;
        this.attachments = attachments;
        this.org = org;
        this.json = json;
        this.messages = messages;
        this.events = events;
    }

    /** An accepted import: its file, already read once and within the limits. */
    record Job(long id, Ward ward, long directiveId, String fileName, byte[] bytes, boolean skipInvalid,
               String actor, BooleanSupplier cancelled) {
    }

    /**
     * progress is told the rows done so far, every {@value TaskImportWriter#BATCH} rows and when all are
     * checked: each row counts once checked and once written.
     */
    void run(Job job, LongConsumer progress) {
        try {
            if (!imports.running(job.id())) {
                return;
            }
            Outcome outcome = batchWrite.inTransaction(job.ward().id().value(), status -> attempt(status, job, progress));
            if (!"SUCCEEDED".equals(outcome.status())) {
                imports.finish(job.id(), outcome);
            }
        } catch (Throwable e) {
            log.error("Nhập nhiệm vụ {} thất bại", job.id(), e);
            String failure = e instanceof OutOfMemoryError ? "taskimport.failed-memory" : "taskimport.failed-system";
            imports.finish(job.id(), new Outcome("FAILED", null, 0, 0, 0, 0, "[]", failure));
        }
    }

    private Outcome attempt(TransactionStatus status, Job job, LongConsumer progress) {
        try {
            return check(status, job, progress);
        } catch (CancellationException e) {
            status.setRollbackOnly();
            return new Outcome("FAILED", null, 0, 0, 0, 0, "[]", "taskimport.cancelled");
        }
    }

    private Outcome check(TransactionStatus status, Job job, LongConsumer progress) {
        List<TableFile.Line> lines = TableFile.read(job.fileName(), job.bytes());
        var current = writer.current(job.ward().id().value(), job.directiveId());
        var parser = new TaskRowParser(TaskColumn.positions(lines.getFirst().cells()),
                UnitCodes.of(org, job.ward()), current, WardTime.today(), messages);
        Tally tally = new Tally();
        List<ImportedTask> valid = new ArrayList<>();
        long done = 0;
        for (TableFile.Line line : lines.subList(1, lines.size())) {
            ImportedTask task = parser.parse(line, tally::add);
            if (task != null) {
                valid.add(task);
            }
            if (++done % TaskImportWriter.BATCH == 0) {
                stopIfCancelled(job);
                progress.accept(done);
            }
        }
        long read = lines.size() - 1L;
        progress.accept(read);
        if (tally.total > 0 && !job.skipInvalid()) {
            status.setRollbackOnly();
            return tally.outcome(null, new TaskImportWriter.Written(0, 0));
        }
        long fileId = attachments.store(job.ward(), job.directiveId(), job.fileName(),
                new ByteArrayInputStream(job.bytes()), "file");
        long[] written = {0};
        var target = new TaskImportWriter.Target(job.ward().id().value(), job.directiveId(), job.fileName(), fileId,
                job.actor());
        var counts = writer.write(target, valid, current, tally::add, rows -> {
            stopIfCancelled(job);
            written[0] += rows;
            progress.accept(read + written[0]);
        });
        if (tally.total > 0 && !job.skipInvalid()) {
            status.setRollbackOnly();    // a code taken meanwhile: all or nothing, as for any faulty row
            return tally.outcome(null, new TaskImportWriter.Written(0, 0));
        }
        Outcome outcome = tally.outcome(fileId, counts);
        imports.finish(job.id(), outcome);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("directive", job.directiveId());
        summary.put("fileName", job.fileName());
        summary.put("attachment", fileId);
        summary.put("status", outcome.status());
        summary.put("rowsRead", read);
        summary.put("rowsInserted", counts.inserted());
        summary.put("rowsUpdated", counts.updated());
        summary.put("rowsRejected", tally.rejectedRows.size());
        events.publishEvent(ChangeRecorded.created("task_import", String.valueOf(job.id()), job.ward(), summary));
        return outcome;
    }

    private static void stopIfCancelled(Job job) {
        if (job.cancelled().getAsBoolean()) {
            throw new CancellationException();
        }
    }

    /** Counts the errors as the rows go by; keeps the first ones only. */
    private final class Tally {
        long total;
        final List<RowError> errors = new ArrayList<>();
        final Set<Long> rejectedRows = new HashSet<>();

        void add(RowError error) {
            total++;
            rejectedRows.add(error.row());
            if (errors.size() < TaskImportService.MAX_ERRORS) {
                errors.add(error);
            }
        }

        Outcome outcome(Long fileId, TaskImportWriter.Written counts) {
            return new Outcome(fileId == null ? "FAILED" : "SUCCEEDED", fileId, counts.inserted(), counts.updated(),
                    rejectedRows.size(), total, json.writeValueAsString(errors), null);
        }
    }
}
