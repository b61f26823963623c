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
import vn.ward57.breakthrough.RecommendationFilter;
import vn.ward57.breakthrough.domain.RecommendationTable;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableExport;
import vn.ward57.org.Ward;

/** The recommendations as a file (import, export), beside the register's records. */
@RestController
@RequestMapping("/api/v1/wards/{wardCode}")
@Tag(name = "Đề xuất, kiến nghị")
class RecommendationTableApiController {

    private final RecommendationTable table;

    RecommendationTableApiController(RecommendationTable table) {
        this.table = table;
    }

    /**
     * Accepts the file (202, Location: /api/v1/imports/{id}) and imports it in the background, all rows or
     * none: the import's status then lists every faulty cell (row, column, value, why).
     */
    @PostMapping("/recommendation-imports")
    ResponseEntity<RegisterImport> importFile(Ward ward,
                                              @RequestParam(required = false) MultipartFile file) {
        return RegisterImports.accepted(table.importFile(ward, file));
    }

    /** recommendations.csv or recommendations.xlsx, narrowed like the list. */
    @GetMapping("/recommendations.{format}")
    ResponseEntity<byte[]> export(Ward ward, @PathVariable String format,
                                  @RequestParam(required = false) String scope,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) Boolean overdue,
                                  @RequestParam(required = false) String q) {
        TableData data = table.export(ward, new RecommendationFilter(scope, status, overdue, q));
        return TableExport.download(format, data);
    }
}
