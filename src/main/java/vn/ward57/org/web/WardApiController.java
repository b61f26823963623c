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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.common.WardTime;
import vn.ward57.org.CodeNameForm;
import vn.ward57.org.NameForm;
import vn.ward57.org.StaffingForm;
import vn.ward57.org.StaffingService;
import vn.ward57.org.StaffingSummary;
import vn.ward57.org.UnitService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;
import vn.ward57.org.web.OrgJson.UnitJson;
import vn.ward57.org.web.OrgJson.WardJson;

@RestController
@RequestMapping("/api/v1/wards")
@Tag(name = "Phường, đơn vị, biên chế", description = "A ward, its units and their staffing")
class WardApiController {

    private final WardService wards;
    private final UnitService units;
    private final StaffingService staffing;

    WardApiController(WardService wards, UnitService units, StaffingService staffing) {
        this.wards = wards;
        this.units = units;
        this.staffing = staffing;
    }

    @GetMapping
    List<WardJson> visible() {
        return wards.visible().stream().map(WardJson::of).toList();
    }

    @GetMapping("/{wardCode}")
    WardJson get(Ward ward) {
        return WardJson.of(ward);
    }

    @PutMapping("/{wardCode}")
    WardJson rename(Ward ward, @Valid @RequestBody NameForm form) {
        return WardJson.of(wards.rename(ward, form));
    }

    @DeleteMapping("/{wardCode}")
    ResponseEntity<Void> delete(Ward ward) {
        wards.delete(ward);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{wardCode}/units")
    List<UnitJson> units(Ward ward) {
        return units.list(ward).stream().map(UnitJson::of).toList();
    }

    @PostMapping("/{wardCode}/units")
    ResponseEntity<UnitJson> createUnit(Ward ward, @Valid @RequestBody CodeNameForm form) {
        UnitJson created = UnitJson.of(units.create(ward, form));
        return ResponseEntity.created(URI.create("/api/v1/wards/" + ward.code() + "/units/" + created.code()))
                .body(created);
    }

    @GetMapping("/{wardCode}/units/{unitCode}")
    UnitJson unit(Ward ward, @PathVariable String unitCode) {
        return UnitJson.of(units.get(ward, unitCode));
    }

    @PutMapping("/{wardCode}/units/{unitCode}")
    UnitJson renameUnit(Ward ward, @PathVariable String unitCode, @Valid @RequestBody NameForm form) {
        return UnitJson.of(units.rename(ward, unitCode, form));
    }

    @DeleteMapping("/{wardCode}/units/{unitCode}")
    ResponseEntity<Void> deleteUnit(Ward ward, @PathVariable String unitCode) {
        units.delete(ward, unitCode);
        return ResponseEntity.noContent().build();
    }

    /** Biên chế of every unit for a year (default: this year) with the ward's totals. */
    @GetMapping("/{wardCode}/staffing")
    StaffingSummary staffing(Ward ward, @RequestParam(required = false) Integer year) {
        return staffing.summary(ward, year == null ? WardTime.thisYear() : year);
    }

    @PutMapping("/{wardCode}/staffing/{year}/{unitCode}")
    StaffingForm setStaffing(Ward ward, @PathVariable int year, @PathVariable String unitCode,
                             @Valid @RequestBody StaffingForm form) {
        return staffing.set(ward, unitCode, year, form);
    }
}
