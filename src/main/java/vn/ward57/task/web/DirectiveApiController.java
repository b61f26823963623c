package vn.ward57.task.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.common.WardTime;
import vn.ward57.common.web.Uploads;
import vn.ward57.org.Ward;
import vn.ward57.task.Directive;
import vn.ward57.task.DirectiveForm;
import vn.ward57.task.DirectiveService;
import vn.ward57.task.DirectiveService.FileInfo;
import vn.ward57.task.Task;
import vn.ward57.task.TaskForm;
import vn.ward57.task.TaskService;
import vn.ward57.common.web.Downloads;

@RestController
@Tag(name = "Văn bản chỉ đạo", description = "The ward's directive register, its files and the tasks each assigns")
class DirectiveApiController {

    private final DirectiveService directives;
    private final TaskService tasks;

    DirectiveApiController(DirectiveService directives, TaskService tasks) {
        this.directives = directives;
        this.tasks = tasks;
    }

    @GetMapping("/api/v1/wards/{wardCode}/directives")
    List<Directive> list(Ward ward) {
        return directives.list(ward);
    }

    @PostMapping("/api/v1/wards/{wardCode}/directives")
    ResponseEntity<Directive> create(Ward ward, @Valid @RequestBody DirectiveForm form) {
        Directive created = directives.create(ward, form);
        return ResponseEntity.created(URI.create("/api/v1/directives/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/directives/{directiveId}")
    Directive get(@PathVariable long directiveId) {
        return directives.get(directives.wardOf(directiveId), directiveId);
    }

    @GetMapping("/api/v1/directives/{directiveId}/files")
    List<FileInfo> files(@PathVariable long directiveId) {
        return directives.files(directives.wardOf(directiveId), directiveId);
    }

    /** Keeps the document's file (PDF, Word, …) with its checksum; the file is optional so that access is checked first. */
    @PostMapping("/api/v1/directives/{directiveId}/files")
    ResponseEntity<FileInfo> attach(@PathVariable long directiveId,
                                    @RequestParam(required = false) MultipartFile file) throws IOException {
        Ward ward = directives.wardOf(directiveId);
        try (InputStream content = Uploads.content(file)) {
            FileInfo info = directives.attach(ward, directiveId, Uploads.name(file), content);
            return ResponseEntity.created(URI.create("/api/v1/attachments/" + info.id())).body(info);
        }
    }

    @GetMapping("/api/v1/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long attachmentId) {
        var file = directives.download(directives.wardOfFile(attachmentId), attachmentId);
        return Downloads.keptFile(file.info().fileName(), file.info().contentType()).header("X-Content-SHA256", file.info().sha256()).body(file.content());
    }

    @GetMapping("/api/v1/directives/{directiveId}/tasks")
    List<Task> tasks(@PathVariable long directiveId,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return tasks.list(directives.wardOf(directiveId), asOf == null ? WardTime.today() : asOf,
                new TaskService.Filter(directiveId, null, null, null, null, null));
    }

    @PostMapping("/api/v1/directives/{directiveId}/tasks")
    ResponseEntity<Task> assign(@PathVariable long directiveId, @Valid @RequestBody TaskForm form) {
        Task created = tasks.assignByDirective(directives.wardOf(directiveId), directiveId, form);
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + created.id())).body(created);
    }
}
