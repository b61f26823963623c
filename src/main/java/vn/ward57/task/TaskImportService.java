package vn.ward57.task;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.common.WardTime;
import vn.ward57.common.files.OfficeFiles;
import vn.ward57.common.table.TableFile;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.Messages;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Ward;
import vn.ward57.org.WardId;
import vn.ward57.task.TaskImportStatus.Status;
import vn.ward57.task.domain.TaskImportRepository;

/**
 * Imports of a directive's tasks from a CSV or XLSX file, all or nothing like the dossier imports:
 * with any faulty row nothing is written unless the caller chose to skip such rows. Task files
 * are small, so an import runs at once, in the request's transaction, and is recorded with its
 * file, which is kept as the evidence of the completions it records.
 */
@Service
@Transactional(readOnly = true)
public class TaskImportService {

    public static final int MAX_ERRORS = vn.ward57.common.table.RowError.LISTED;

    private final DirectiveService directives;
    private final OrgLookup org;
    private final TaskImportRepository imports;
    private final TaskImportWriter writer;
    private final Attachments attachments;
    private final JsonMapper json;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final OfficeFiles officeFiles;

    TaskImportService(DirectiveService directives, OrgLookup org, TaskImportRepository imports,
                      TaskImportWriter writer, Attachments attachments, JsonMapper json, Messages messages,
                      ApplicationEventPublisher events, OfficeFiles officeFiles) {
        this.directives = directives;
        this.org = org;
        this.imports = imports;
        this.writer = writer;
        this.attachments = attachments;
        this.json = json;
        this.messages = messages;
        this.events = events;
        this.officeFiles = officeFiles;
    }

    @Transactional
    public TaskImportStatus importFile(long directiveId, String fileName, InputStream content, boolean skipInvalid) {
        Ward ward = directives.wardOf(directiveId);
        CurrentActor.requireEnterData(ward.provinceCode(), ward.code());
        if (content == null) {
            throw new InvalidInputException("taskimport.file-required", "file");
        }
        String name = OfficeFiles.name(fileName);
        byte[] bytes = officeFiles.read(content, "file");
        List<TableFile.Line> lines = TableFile.read(name, bytes);
        var current = writer.current(directiveId);
        var parser = new TaskRowParser(TaskColumn.positions(lines.getFirst().cells()), UnitCodes.of(org, ward),
                current, WardTime.today(), messages);
        Tally tally = new Tally();
        List<ImportedTask> valid = new ArrayList<>();
        for (TableFile.Line line : lines.subList(1, lines.size())) {
            ImportedTask task = parser.parse(line, tally::add);
            if (task != null) {
                valid.add(task);
            }
        }
        long read = lines.size() - 1L;
        boolean write = tally.total == 0 || skipInvalid;
        Long fileId = null;
        TaskImportWriter.Written written = new TaskImportWriter.Written(0, 0);
        if (write) {
            fileId = attachments.store(ward, directiveId, name, new ByteArrayInputStream(bytes), "file");
            written = writer.write(ward, directiveId, valid, current, name, fileId);
        }
        String status = write ? "SUCCEEDED" : "FAILED";
        long id = imports.insert(new TaskImportRepository.NewImport(ward.id().value(), directiveId, name, fileId,
                CurrentActor.name(), status, read, written.inserted(), written.updated(), tally.rejectedRows.size(),
                tally.total, json.writeValueAsString(tally.errors)));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("directive", directiveId);
        summary.put("fileName", name);
        summary.put("attachment", fileId);
        summary.put("status", status);
        summary.put("rowsRead", read);
        summary.put("rowsInserted", written.inserted());
        summary.put("rowsUpdated", written.updated());
        summary.put("rowsRejected", tally.rejectedRows.size());
        events.publishEvent(ChangeRecorded.created("task_import", String.valueOf(id), ward.provinceId(),
                ward.id().value(), summary));
        return describe(imports.find(id).orElseThrow());
    }

    public TaskImportStatus status(long taskImportId) {
        var row = imports.find(taskImportId)
                .orElseThrow(() -> new NotFoundException("taskimport.not-found", null, taskImportId));
        Ward ward = org.ward(new WardId(row.wardId())).orElseThrow();
        CurrentActor.requireReadWard(ward.provinceCode(), ward.code());
        return describe(row);
    }

    /** A directive's imports, newest first. */
    public List<TaskImportStatus> ofDirective(long directiveId) {
        directives.wardOf(directiveId);
        return imports.ofDirective(directiveId).stream().map(this::describe).toList();
    }

    /** The message is worded when asked for, in the asker's language. */
    private TaskImportStatus describe(TaskImportRepository.Row row) {
        List<TaskImportError> errors = json.readValue(row.errors(), new TypeReference<List<TaskImportError>>() { });
        Status status = Status.valueOf(row.status());
        String message = status == Status.FAILED ? messages.get("taskimport.rejected", row.errorTotal())
                : row.rowsRejected() > 0
                ? messages.get("taskimport.skipped", row.rowsInserted(), row.rowsUpdated(), row.rowsRejected())
                : messages.get("taskimport.done", row.rowsInserted(), row.rowsUpdated());
        return new TaskImportStatus(row.id(), row.directiveId(), row.fileName(), status, row.rowsRead(),
                row.rowsInserted(), row.rowsUpdated(), row.rowsRejected(), errors, row.errorTotal(), message);
    }

    /** Counts the errors as the rows go by; keeps the first ones only. */
    private static final class Tally {
        long total;
        final List<TaskImportError> errors = new ArrayList<>();
        final Set<Long> rejectedRows = new HashSet<>();

        void add(TaskImportError error) {
            total++;
            rejectedRows.add(error.row());
            if (errors.size() < MAX_ERRORS) {
                errors.add(error);
            }
        }
    }
}
