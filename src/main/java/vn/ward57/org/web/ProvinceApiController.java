package vn.ward57.org.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.org.CodeNameForm;
import vn.ward57.org.NameForm;
import vn.ward57.org.Province;
import vn.ward57.org.ProvinceService;
import vn.ward57.org.WardService;
import vn.ward57.org.web.OrgJson.ProvinceJson;
import vn.ward57.org.web.OrgJson.WardJson;

@RestController
@RequestMapping("/api/v1/provinces")
@Tag(name = "Tỉnh, phường", description = "Provinces and their wards")
class ProvinceApiController {

    private final ProvinceService provinces;
    private final WardService wards;

    ProvinceApiController(ProvinceService provinces, WardService wards) {
        this.provinces = provinces;
        this.wards = wards;
    }

    @GetMapping
    List<ProvinceJson> list() {
        return provinces.visible().stream().map(ProvinceJson::of).toList();
    }

    @PostMapping
    ResponseEntity<ProvinceJson> create(@Valid @RequestBody CodeNameForm form) {
        ProvinceJson created = ProvinceJson.of(provinces.create(form));
        return ResponseEntity.created(URI.create("/api/v1/provinces/" + created.code())).body(created);
    }

    /** Also for a user of one of its wards (its name), so not a {@link Province} parameter: that is for admins. */
    @GetMapping("/{provinceCode}")
    ProvinceJson get(@PathVariable String provinceCode) {
        return ProvinceJson.of(provinces.get(provinceCode));
    }

    @PutMapping("/{provinceCode}")
    ProvinceJson rename(Province province, @Valid @RequestBody NameForm form) {
        return ProvinceJson.of(provinces.rename(province, form));
    }

    @DeleteMapping("/{provinceCode}")
    ResponseEntity<Void> delete(Province province) {
        provinces.delete(province);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{provinceCode}/wards")
    List<WardJson> wards(Province province) {
        return wards.inProvince(province).stream().map(WardJson::of).toList();
    }

    @PostMapping("/{provinceCode}/wards")
    ResponseEntity<WardJson> createWard(Province province, @Valid @RequestBody CodeNameForm form) {
        WardJson created = WardJson.of(wards.create(province, form));
        return ResponseEntity.created(URI.create("/api/v1/wards/" + created.code())).body(created);
    }
}
