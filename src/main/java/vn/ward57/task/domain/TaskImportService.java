package vn.ward57.task.domain;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.files.OfficeFiles;
import vn.ward57.common.imports.WardImportQueue;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.table.RowError;
import vn.ward57.common.table.TableFile;
import vn.ward57.common.web.Messages;
import vn.ward57.org.Ward;
import vn.ward57.task.DirectiveService;
import vn.ward57.task.TaskImportStatus.Status;
import vn.ward57.task.TaskImportStatus;
import vn.ward57.task.domain.RecordWardRepository.Table;

/**
 * Imports of a directive's tasks from a CSV or XLSX file, all or nothing like the dossier imports:
 * with any faulty row nothing is written unless the caller chose to skip such rows. The request reads
 * the file, refuses it at once when it is not a task list or has more rows than allowed, and queues it;
 * the import runs in the background, after the ward's earlier imports ({@link TaskImportRunner}), and is
 * recorded with its file, which is kept as the evidence of the completions it records. A file holds the
 * tasks of many units: importing one is the work of the ward's officers not limited to a unit.
 */
@Service
public class TaskImportService {

    /** The file offered beside the task import's form, from the columns it matches. */
    @org.springframework.context.annotation.Bean
    static vn.ward57.common.table.ImportTemplate taskImportTemplate() {
        return vn.ward57.common.table.ImportTemplate.of("mau-nhiem-vu", TaskColumn.all());
    }

    public static final int MAX_ERRORS = vn.ward57.common.table.RowError.LISTED;
    private static final Logger log = LoggerFactory.getLogger(TaskImportService.class);

    private final DirectiveService directives;
    private final RecordWards recordWards;
    private final TaskImportRepository imports;
    private final TaskImportRunner runner;
    private final WardImportQueue queue;
    private final JsonMapper json;
    private final Messages messages;
    private final OfficeFiles officeFiles;
    private final long maxRows;
    private final Map<Long, AtomicBoolean> cancels = new ConcurrentHashMap<>();
    /** Rows done by each running import (checked, then written): its own transaction hides them until the end. */
    private final Map<Long, Long> progress = new ConcurrentHashMap<>();

    TaskImportService(DirectiveService directives, RecordWards recordWards, TaskImportRepository imports,
                      TaskImportRunner runner, WardImportQueue queue, JsonMapper json, Messages messages,
                      OfficeFiles officeFiles, @Value("${ward57.imports.max-rows:100000}") long maxRows) {
        this.directives = directives;
        this.recordWards = recordWards;
        this.imports = imports;
        this.runner = runner;
        this.queue = queue;
        this.json = json;
        this.messages = messages;
        this.officeFiles = officeFiles;
        this.maxRows = maxRows;
    }

    /** The ward of an import, if the user may read it: 404 for no such import, 403 for another ward's. */
    public Ward wardOf(long taskImportId) {
        return recordWards.of(Table.TASK_IMPORT, taskImportId, "taskimport.not-found");
    }

    /** Accepts the file and queues its import; the answer says QUEUED (or already further). */
    @PreAuthorize("@access.enterWardWide(#ward)")
    public TaskImportStatus importFile(Ward ward, long directiveId, String fileName, InputStream content,
                                       boolean skipInvalid) {
        return start(ward, directiveId, fileName, content, skipInvalid, done -> { });
    }

    /**
     * tap is told the progress as the import reports it, in its thread (tests hold or break it there).
     * The access check is {@link #importFile}'s: the job runs for nobody.
     */
    TaskImportStatus start(Ward ward, long directiveId, String fileName, InputStream content, boolean skipInvalid,
                           LongConsumer tap) {
        directives.get(ward, directiveId);
        if (content == null) {
            throw new InvalidInputException("taskimport.file-required", "file");
        }
        String name = OfficeFiles.name(fileName);
        byte[] bytes = officeFiles.read(content, "file");
        List<TableFile.Line> lines = TableFile.read(name, bytes);
        TaskColumn.positions(lines.getFirst().cells());
        long rows = lines.size() - 1L;
        if (rows > maxRows) {
            throw new InvalidInputException("taskimport.too-many-rows", "file", rows, maxRows);
        }
        // committed before the job is queued, so that the job finds it
        long id = imports.queue(ward.id().value(), directiveId, name, CurrentActor.name(), rows);
        AtomicBoolean cancel = new AtomicBoolean();
        cancels.put(id, cancel);
        var job = new TaskImportRunner.Job(id, ward, directiveId, name, bytes, skipInvalid, CurrentActor.name(),
                cancel::get);
        queue.submit(ward.id().value(), () -> {
            try {
                runner.run(job, done -> {
                    progress.put(id, done);
                    tap.accept(done);
                });
            } finally {
                cancels.remove(id);
                progress.remove(id);
            }
        });
        return status(ward, id);
    }

    public TaskImportStatus status(Ward ward, long taskImportId) {
        return describe(imports.find(ward.id().value(), taskImportId)
                .orElseThrow(() -> new NotFoundException("taskimport.not-found", null, taskImportId)));
    }

    /** A directive's imports, newest first. */
    public List<TaskImportStatus> ofDirective(Ward ward, long directiveId) {
        directives.get(ward, directiveId);
        return imports.ofDirective(directiveId).stream().map(this::describe).toList();
    }

    /** Asks a queued or running import to stop; it then writes nothing. */
    @PreAuthorize("@access.enterWardWide(#ward)")
    public TaskImportStatus cancel(Ward ward, long taskImportId) {
        TaskImportStatus current = status(ward, taskImportId);
        AtomicBoolean flag = cancels.get(taskImportId);
        if (flag != null) {
            flag.set(true);
        }
        return current;
    }

    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        int n = imports.markInterrupted("taskimport.interrupted");
        if (n > 0) {
            log.warn("{} lần nhập nhiệm vụ bị dừng giữa chừng khi ứng dụng tắt; dữ liệu của chúng không được ghi", n);
        }
    }

    /** The message is worded when asked for, in the asker's language. */
    private TaskImportStatus describe(TaskImportRepository.Row row) {
        List<RowError> errors = json.readValue(row.errors(), new TypeReference<List<RowError>>() { });
        Status status = Status.valueOf(row.status());
        Long done = status == Status.RUNNING ? progress.get(row.id()) : null;
        long total = 2 * row.rowsRead();
        Integer percent = switch (status) {
            case QUEUED -> 0;
            case RUNNING -> done == null || total == 0 ? 0 : (int) Math.min(99, 100 * done / total);
            case SUCCEEDED -> 100;
            case FAILED -> null;
        };
        String message = switch (status) {
            case QUEUED -> messages.get("taskimport.queued");
            case RUNNING -> messages.get("taskimport.running", percent);
            case FAILED -> row.failure() != null ? messages.get(row.failure())
                    : messages.get("taskimport.rejected", row.errorTotal());
            case SUCCEEDED -> row.rowsRejected() > 0
                    ? messages.get("taskimport.skipped", row.rowsInserted(), row.rowsUpdated(), row.rowsRejected())
                    : messages.get("taskimport.done", row.rowsInserted(), row.rowsUpdated());
        };
        return new TaskImportStatus(row.id(), row.directiveId(), row.fileName(), status, row.rowsRead(),
                row.rowsInserted(), row.rowsUpdated(), row.rowsRejected(), errors, row.errorTotal(), message, percent);
    }
}
