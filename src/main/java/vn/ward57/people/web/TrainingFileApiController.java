package vn.ward57.people.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.people.TrainingFile;
import vn.ward57.people.domain.TrainingFileService;
import vn.ward57.common.web.RegisterApi;
import vn.ward57.org.Ward;

/** Files kept with a training event: upload (multipart {@code file}), list, download. */
@RestController
@RequestMapping("/api/v1/wards/{wardCode}/training-events/{trainingEventId}/files")
@Tag(name = "Tập huấn, bồi dưỡng", description = "Training events, participants per group and staff attendance")
class TrainingFileApiController {

    private final TrainingFileService files;

    TrainingFileApiController(TrainingFileService files) {
        this.files = files;
    }

    @PostMapping
    ResponseEntity<TrainingFile> attach(Ward ward, @PathVariable long trainingEventId,
                                        @RequestParam(required = false) MultipartFile file) throws IOException {
        try (InputStream content = file == null || file.isEmpty() ? null : file.getInputStream()) {
            TrainingFile kept = files.attach(ward, trainingEventId,
                    file == null ? null : file.getOriginalFilename(), content);
            return RegisterApi.created(kept.id(), kept);
        }
    }

    @GetMapping
    List<TrainingFile> list(Ward ward, @PathVariable long trainingEventId) {
        return files.list(ward, trainingEventId);
    }

    @GetMapping("/{fileId}")
    ResponseEntity<byte[]> download(Ward ward, @PathVariable long trainingEventId,
                                    @PathVariable long fileId) {
        return body(files.download(ward, trainingEventId, fileId));
    }

    static ResponseEntity<byte[]> body(TrainingFileService.Download file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.info().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.info().fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
