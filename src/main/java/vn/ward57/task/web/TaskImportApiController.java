package vn.ward57.task.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.common.web.Uploads;
import vn.ward57.org.Ward;
import vn.ward57.task.DirectiveService;
import vn.ward57.task.domain.TaskImportService;
import vn.ward57.task.TaskImportStatus;

@RestController
@Tag(name = "Nhập nhiệm vụ", description = "Imports of a directive's tasks from CSV or XLSX files")
class TaskImportApiController {

    private final DirectiveService directives;
    private final TaskImportService imports;

    TaskImportApiController(DirectiveService directives, TaskImportService imports) {
        this.directives = directives;
        this.imports = imports;
    }

    /**
     * Accepts the file and queues its import: 202 with where to follow it (QUEUED, RUNNING with
     * percentDone, then SUCCEEDED or FAILED). A file that is no task list or has too many rows is refused
     * at once (400). The file is optional here so that access is checked first.
     */
    @PostMapping("/api/v1/directives/{directiveId}/task-imports")
    ResponseEntity<TaskImportStatus> importFile(@PathVariable long directiveId,
                                                @RequestParam(required = false) MultipartFile file,
                                                @RequestParam(defaultValue = "false") boolean skipInvalid)
            throws IOException {
        Ward ward = directives.wardOf(directiveId);
        TaskImportStatus started;
        try (InputStream content = Uploads.content(file)) {
            started = imports.importFile(ward, directiveId, Uploads.name(file), content, skipInvalid);
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/task-imports/" + started.id()))
                .contentType(MediaType.APPLICATION_JSON).body(started);
    }

    @GetMapping("/api/v1/directives/{directiveId}/task-imports")
    List<TaskImportStatus> ofDirective(@PathVariable long directiveId) {
        return imports.ofDirective(directives.wardOf(directiveId), directiveId);
    }

    @GetMapping("/api/v1/task-imports/{taskImportId}")
    TaskImportStatus status(@PathVariable long taskImportId) {
        return imports.status(imports.wardOf(taskImportId), taskImportId);
    }

    /** Asks a queued or running import to stop; it then writes nothing and ends FAILED. */
    @PostMapping("/api/v1/task-imports/{taskImportId}/cancel")
    TaskImportStatus cancel(@PathVariable long taskImportId) {
        return imports.cancel(imports.wardOf(taskImportId), taskImportId);
    }
}
