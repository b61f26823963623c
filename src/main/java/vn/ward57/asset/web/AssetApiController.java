package vn.ward57.asset.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.common.web.VersionedRegisterApi;
import vn.ward57.org.Ward;
import vn.ward57.asset.Asset;
import vn.ward57.asset.AssetFilter;
import vn.ward57.asset.AssetForm;
import vn.ward57.asset.domain.AssetService;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}/assets")
@Tag(name = "Thiết bị, hạ tầng", description = "The equipment register (computers, printers, network and Wi-Fi "
        + "points, cameras per residential group), its file import/export and its figures")
class AssetApiController extends VersionedRegisterApi<Ward, Asset, Asset, AssetForm> {

    private final AssetService assets;

    AssetApiController(AssetService assets) {
        super(assets::create, assets::get, asset -> asset, assets::update, assets::delete, Asset::id, Asset::version);
        this.assets = assets;
    }

    @GetMapping
    List<Asset> list(Ward ward, @RequestParam(required = false) String kind,
                     @RequestParam(required = false) String unit, @RequestParam(required = false) String group,
                     @RequestParam(required = false) String condition, @RequestParam(required = false) String q) {
        return assets.list(ward, new AssetFilter(kind, unit, group, condition, q));
    }
}
