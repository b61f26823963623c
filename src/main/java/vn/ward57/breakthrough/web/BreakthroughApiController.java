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
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.breakthrough.Breakthrough;
import vn.ward57.breakthrough.BreakthroughForm;
import vn.ward57.breakthrough.BreakthroughService;
import vn.ward57.breakthrough.BreakthroughTable;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableExport;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}")
@Tag(name = "Mô hình đột phá", description = "Breakthrough models with the columns of Phụ lục IX, linked to the "
        + "ward's tasks and indicators")
class BreakthroughApiController {

    private final BreakthroughService models;
    private final BreakthroughTable table;

    BreakthroughApiController(BreakthroughService models, BreakthroughTable table) {
        this.models = models;
        this.table = table;
    }

    @GetMapping("/breakthroughs")
    List<Breakthrough> list(@PathVariable String wardCode, @RequestParam(required = false) String status,
                            @RequestParam(required = false) String q) {
        return models.list(wardCode, status, q);
    }

    @PostMapping("/breakthroughs")
    ResponseEntity<Breakthrough> create(@PathVariable String wardCode, @RequestBody BreakthroughForm form) {
        Breakthrough created = models.create(wardCode, form);
        return ResponseEntity.created(URI.create("/api/v1/wards/" + wardCode + "/breakthroughs/" + created.id()))
                .body(created);
    }

    @GetMapping("/breakthroughs/{breakthroughId}")
    Breakthrough get(@PathVariable String wardCode, @PathVariable long breakthroughId) {
        return models.get(wardCode, breakthroughId);
    }

    @PutMapping("/breakthroughs/{breakthroughId}")
    Breakthrough update(@PathVariable String wardCode, @PathVariable long breakthroughId,
                        @RequestBody BreakthroughForm form) {
        return models.update(wardCode, breakthroughId, form);
    }

    @DeleteMapping("/breakthroughs/{breakthroughId}")
    ResponseEntity<Void> delete(@PathVariable String wardCode, @PathVariable long breakthroughId) {
        models.delete(wardCode, breakthroughId);
        return ResponseEntity.noContent().build();
    }

    /**
     * Accepts the file (202, Location: /api/v1/imports/{id}) and imports it in the background, all rows or
     * none: the import's status then lists every faulty cell (row, column, value, why).
     */
    @PostMapping("/breakthrough-imports")
    ResponseEntity<RegisterImport> importFile(@PathVariable String wardCode,
                                              @RequestParam(required = false) MultipartFile file) {
        return RegisterImports.accepted(table.importFile(wardCode, file));
    }

    /** breakthroughs.csv or breakthroughs.xlsx, narrowed like the list. */
    @GetMapping("/breakthroughs.{format}")
    ResponseEntity<byte[]> export(@PathVariable String wardCode, @PathVariable String format,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) String q) {
        TableData data = table.export(wardCode, status, q);
        return TableExport.download(format, data.baseName(), data.headers(), data.rows());
    }
}
