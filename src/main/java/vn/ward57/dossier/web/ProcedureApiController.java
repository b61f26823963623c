package vn.ward57.dossier.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.common.web.Messages;
import vn.ward57.dossier.Procedure;
import vn.ward57.dossier.ProcedureCounts;
import vn.ward57.dossier.ProcedureService;
import vn.ward57.dossier.ProcedureService.CatalogueImport;
import vn.ward57.org.Ward;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}")
@Tag(name = "Thủ tục hành chính", description = "The ward's procedure catalogue")
class ProcedureApiController {

    private final ProcedureService procedures;
    private final Messages messages;

    ProcedureApiController(ProcedureService procedures, Messages messages) {
        this.procedures = procedures;
        this.messages = messages;
    }

    @GetMapping("/procedures")
    List<Procedure> list(Ward ward) {
        return procedures.list(ward);
    }

    /** Counts by level and online level, e.g. seed 002's "368: 210 toàn trình, 137 một phần, 21 không". */
    @GetMapping("/procedure-stats")
    ProcedureCounts counts(Ward ward) {
        return procedures.counts(ward);
    }

    @PutMapping("/procedures/{code}")
    Procedure save(Ward ward, @PathVariable String code, @Valid @RequestBody Procedure procedure) {
        return procedures.save(ward, code, procedure);
    }

    @DeleteMapping("/procedures/{code}")
    ResponseEntity<Void> delete(Ward ward, @PathVariable String code) {
        procedures.delete(ward, code);
        return ResponseEntity.noContent().build();
    }

    /** Replaces the catalogue's entries with those of the file; with any error nothing is written (400). */
    @PostMapping("/procedure-imports")
    ResponseEntity<?> importCatalogue(Ward ward,
                                      @RequestParam(required = false) MultipartFile file) throws IOException {
        CatalogueImport result;
        try (InputStream content = file == null ? null : file.getInputStream()) {
            result = procedures.importCatalogue(ward, content);
        }
        if (result.errors().isEmpty()) {
            return ResponseEntity.ok(result);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.get("procedure.rejected", result.errorTotal()));
        problem.setProperty("errors", result.errors());
        problem.setProperty("errorTotal", result.errorTotal());
        if (result.errorTotal() > result.errors().size()) {
            problem.setProperty("more",
                    messages.get("tablefile.more-errors", result.errorTotal() - result.errors().size()));
        }
        return ResponseEntity.badRequest().body(problem);
    }
}
