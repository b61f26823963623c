package vn.ward57.people.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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
import vn.ward57.common.web.Uploads;
import vn.ward57.org.Ward;
import vn.ward57.common.web.Downloads;

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
        try (InputStream content = Uploads.content(file)) {
            TrainingFile kept = files.attach(ward, trainingEventId,
                    Uploads.name(file), content);
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
        var file = files.download(ward, trainingEventId, fileId);
        return Downloads.keptFile(file.info().fileName(), file.info().contentType()).body(file.content());
    }
}
