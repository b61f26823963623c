package vn.ward57.breakthrough.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.breakthrough.domain.BreakthroughTable;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableExport;
import vn.ward57.org.Ward;

/** The breakthrough models as a file (import, export), beside the register's records. */
@RestController
@RequestMapping("/api/v1/wards/{wardCode}")
@Tag(name = "Mô hình đột phá")
class BreakthroughTableApiController {

    private final BreakthroughTable table;

    BreakthroughTableApiController(BreakthroughTable table) {
        this.table = table;
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
        return TableExport.download(format, data);
    }
}
