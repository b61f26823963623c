package vn.ward57.dossier.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.dossier.ImportProfile;
import vn.ward57.dossier.domain.ImportProfileService;
import vn.ward57.org.Ward;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}/import-profiles")
@Tag(name = "Mẫu ánh xạ cột", description = "Saved column mappings for exports of other layouts; "
        + "name one as `profile` when starting a dossier import")
class ImportProfileApiController {

    private final ImportProfileService profiles;

    ImportProfileApiController(ImportProfileService profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    List<ImportProfile> list(Ward ward) {
        return profiles.list(ward);
    }

    @GetMapping("/{name}")
    ImportProfile get(Ward ward, @PathVariable String name) {
        return profiles.get(ward, name);
    }

    @PutMapping("/{name}")
    ImportProfile save(Ward ward, @PathVariable String name,
                       @Valid @RequestBody ImportProfile profile) {
        return profiles.save(ward, name, profile);
    }

    @DeleteMapping("/{name}")
    ResponseEntity<Void> delete(Ward ward, @PathVariable String name) {
        profiles.delete(ward, name);
        return ResponseEntity.noContent().build();
    }
}
