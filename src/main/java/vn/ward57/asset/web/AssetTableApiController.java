package vn.ward57.asset.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.common.table.TableData;
import vn.ward57.org.Ward;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.asset.AssetFigures;
import vn.ward57.asset.AssetFilter;
import vn.ward57.asset.AssetSummary;
import vn.ward57.asset.domain.AssetTable;
import vn.ward57.common.table.TableExport;

/** The equipment register as a file (import, export) and its figures, beside the register's records. */
@RestController
@RequestMapping("/api/v1/wards/{wardCode}")
@Tag(name = "Thiết bị, hạ tầng")
class AssetTableApiController {

    private final AssetTable table;
    private final AssetFigures figures;

    AssetTableApiController(AssetTable table, AssetFigures figures) {
        this.table = table;
        this.figures = figures;
    }

    /**
     * Accepts the file (202, Location: /api/v1/imports/{id}) and imports it in the background, all rows or
     * none: the import's status then lists every faulty cell (row, column, value, why).
     */
    @PostMapping("/asset-imports")
    ResponseEntity<RegisterImport> importFile(Ward ward,
                                              @RequestParam(required = false) MultipartFile file) {
        return RegisterImports.accepted(table.importFile(ward, file));
    }

    /** assets.csv or assets.xlsx, narrowed like the list. */
    @GetMapping("/assets.{format}")
    ResponseEntity<byte[]> export(Ward ward, @PathVariable String format,
                                  @RequestParam(required = false) String kind,
                                  @RequestParam(required = false) String unit,
                                  @RequestParam(required = false) String group,
                                  @RequestParam(required = false) String condition,
                                  @RequestParam(required = false) String q) {
        TableData data = table.export(ward, new AssetFilter(kind, unit, group, condition, q));
        return TableExport.download(format, data);
    }

    @GetMapping("/asset-summary")
    AssetSummary summary(Ward ward) {
        return figures.summary(ward);
    }
}
