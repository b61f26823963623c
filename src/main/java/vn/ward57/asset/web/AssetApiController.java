package vn.ward57.asset.web;

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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.asset.Asset;
import vn.ward57.asset.AssetFigures;
import vn.ward57.asset.AssetFilter;
import vn.ward57.asset.AssetForm;
import vn.ward57.asset.AssetSummary;
import vn.ward57.asset.domain.AssetService;
import vn.ward57.asset.domain.AssetTable;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableExport;
import vn.ward57.common.web.IfMatch;
import vn.ward57.org.Ward;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}")
@Tag(name = "Thiết bị, hạ tầng", description = "The equipment register (computers, printers, network and Wi-Fi "
        + "points, cameras per residential group), its file import/export and its figures")
class AssetApiController {

    private final AssetService assets;
    private final AssetTable table;
    private final AssetFigures figures;

    AssetApiController(AssetService assets, AssetTable table, AssetFigures figures) {
        this.assets = assets;
        this.table = table;
        this.figures = figures;
    }

    @GetMapping("/assets")
    List<Asset> list(Ward ward, @RequestParam(required = false) String kind,
                     @RequestParam(required = false) String unit, @RequestParam(required = false) String group,
                     @RequestParam(required = false) String condition, @RequestParam(required = false) String q) {
        return assets.list(ward, new AssetFilter(kind, unit, group, condition, q));
    }

    @PostMapping("/assets")
    ResponseEntity<Asset> create(Ward ward, @RequestBody AssetForm form) {
        Asset created = assets.create(ward, form);
        return ResponseEntity.created(URI.create("/api/v1/wards/" + ward.code() + "/assets/" + created.id()))
                .body(created);
    }

    /** The entry with its version as ETag: sent back in If-Match, a change of an entry changed since is refused. */
    @GetMapping("/assets/{assetId}")
    ResponseEntity<Asset> get(Ward ward, @PathVariable long assetId) {
        return versioned(assets.get(ward, assetId));
    }

    @PutMapping("/assets/{assetId}")
    ResponseEntity<Asset> update(Ward ward, @PathVariable long assetId,
                                 @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                 @RequestBody AssetForm form) {
        return versioned(assets.update(ward, assetId, form, IfMatch.version(ifMatch)));
    }

    @DeleteMapping("/assets/{assetId}")
    ResponseEntity<Void> delete(Ward ward, @PathVariable long assetId,
                                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        assets.delete(ward, assetId, IfMatch.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<Asset> versioned(Asset asset) {
        return ResponseEntity.ok().eTag(String.valueOf(asset.version())).body(asset);
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
        return TableExport.download(format, data.baseName(), data.headers(), data.rows());
    }

    @GetMapping("/asset-summary")
    AssetSummary summary(Ward ward) {
        return figures.summary(ward);
    }
}
