package vn.ward57.dossier.web;

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
import vn.ward57.dossier.DossierImportService;
import vn.ward57.dossier.DossierImportStatus;
import vn.ward57.org.Ward;
import vn.ward57.common.web.Uploads;

@RestController
@Tag(name = "Nhập hồ sơ", description = "Imports of one-stop system exports (CSV, XLSX)")
class DossierImportApiController {

    private final DossierImportService imports;

    DossierImportApiController(DossierImportService imports) {
        this.imports = imports;
    }

    /** Starts an import; 202 with the place to follow it. The file is optional here so that access is checked first. */
    @PostMapping(path = "/api/v1/wards/{wardCode}/dossier-imports")
    ResponseEntity<DossierImportStatus> start(Ward ward,
                                              @RequestParam(required = false) MultipartFile file,
                                              @RequestParam(required = false) String profile,
                                              @RequestParam(defaultValue = "false") boolean skipInvalid)
            throws IOException {
        DossierImportStatus started;
        try (InputStream content = file == null ? null : file.getInputStream()) {
            started = imports.start(ward, Uploads.name(file), content, profile,
                    skipInvalid);
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/dossier-imports/" + started.id()))
                .contentType(MediaType.APPLICATION_JSON).body(started);
    }

    @GetMapping("/api/v1/wards/{wardCode}/dossier-imports")
    List<DossierImportStatus> recent(Ward ward) {
        return imports.recent(ward);
    }

    @GetMapping("/api/v1/dossier-imports/{id}")
    DossierImportStatus status(@PathVariable long id) {
        return imports.status(imports.wardOf(id), id);
    }

    @PostMapping("/api/v1/dossier-imports/{id}/cancel")
    DossierImportStatus cancel(@PathVariable long id) {
        return imports.cancel(imports.wardOf(id), id);
    }
}
