package vn.ward57.breakthrough.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
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
import vn.ward57.breakthrough.Breakthrough;
import vn.ward57.breakthrough.BreakthroughForm;
import vn.ward57.breakthrough.domain.BreakthroughTable;
import vn.ward57.breakthrough.domain.Breakthroughs;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableExport;
import vn.ward57.org.Ward;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}")
@Tag(name = "Mô hình đột phá", description = "Breakthrough models with the columns of Phụ lục IX, linked to the "
        + "ward's tasks and indicators")
class BreakthroughApiController {

    private final Breakthroughs models;
    private final BreakthroughTable table;

    BreakthroughApiController(Breakthroughs models, BreakthroughTable table) {
        this.models = models;
        this.table = table;
    }

    @GetMapping("/breakthroughs")
    List<Breakthrough> list(Ward ward, @RequestParam(required = false) String status,
                            @RequestParam(required = false) String q) {
        return models.list(ward, status, q);
    }

    @PostMapping("/breakthroughs")
    ResponseEntity<Breakthrough> create(Ward ward, @RequestBody BreakthroughForm form) {
        Breakthrough created = models.create(ward, form);
        return ResponseEntity.created(URI.create("/api/v1/wards/" + ward.code() + "/breakthroughs/" + created.id()))
                .body(created);
    }

    @GetMapping("/breakthroughs/{breakthroughId}")
    Breakthrough get(Ward ward, @PathVariable long breakthroughId) {
        return models.get(ward, breakthroughId);
    }

    @PutMapping("/breakthroughs/{breakthroughId}")
    Breakthrough update(Ward ward, @PathVariable long breakthroughId,
                        @RequestBody BreakthroughForm form) {
        return models.update(ward, breakthroughId, form);
    }

    @DeleteMapping("/breakthroughs/{breakthroughId}")
    ResponseEntity<Void> delete(Ward ward, @PathVariable long breakthroughId) {
        models.delete(ward, breakthroughId);
        return ResponseEntity.noContent().build();
    }

    /**
     * Accepts the file (202, Location: /api/v1/imports/{id}) and imports it in the background, all rows or
     * none: the import's status then lists every faulty cell (row, column, value, why).
     */
    @PostMapping("/breakthrough-imports")
    ResponseEntity<RegisterImport> importFile(Ward ward,
                                              @RequestParam(required = false) MultipartFile file) {
        return RegisterImports.accepted(table.importFile(ward, file));
    }

    /** breakthroughs.csv or breakthroughs.xlsx, narrowed like the list. */
    @GetMapping("/breakthroughs.{format}")
    ResponseEntity<byte[]> export(Ward ward, @PathVariable String format,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) String q) {
        TableData data = table.export(ward, status, q);
        return TableExport.download(format, data.baseName(), data.headers(), data.rows());
    }
}
