package vn.ward57.breakthrough.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.breakthrough.BreakthroughFile;
import vn.ward57.breakthrough.domain.BreakthroughFileService;
import vn.ward57.common.web.Uploads;
import vn.ward57.org.Ward;
import vn.ward57.common.web.Downloads;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}/breakthroughs/{breakthroughId}/files")
@Tag(name = "Mô hình đột phá", description = "Evidence files of a breakthrough model")
class BreakthroughFileApiController {

    private final BreakthroughFileService files;

    BreakthroughFileApiController(BreakthroughFileService files) {
        this.files = files;
    }

    @GetMapping
    List<BreakthroughFile> list(Ward ward, @PathVariable long breakthroughId) {
        return files.list(ward, breakthroughId);
    }

    @PostMapping
    ResponseEntity<BreakthroughFile> attach(Ward ward, @PathVariable long breakthroughId,
                                            @RequestParam(required = false) MultipartFile file) throws IOException {
        InputStream content = Uploads.content(file);
        return ResponseEntity.status(HttpStatus.CREATED).body(files.attach(ward, breakthroughId,
                Uploads.name(file), content));
    }

    @GetMapping("/{evidenceId}")
    ResponseEntity<byte[]> download(Ward ward, @PathVariable long breakthroughId,
                                    @PathVariable long evidenceId) {
        var file = files.download(ward, breakthroughId, evidenceId);
        return Downloads.keptFile(file.info().fileName(), file.info().contentType()).body(file.content());
    }

    @DeleteMapping("/{evidenceId}")
    ResponseEntity<Void> delete(Ward ward, @PathVariable long breakthroughId,
                                @PathVariable long evidenceId) {
        files.delete(ward, breakthroughId, evidenceId);
        return ResponseEntity.noContent().build();
    }
}
