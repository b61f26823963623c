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
import vn.ward57.org.ResidentialGroupForm;
import vn.ward57.org.ResidentialGroupService;
import vn.ward57.org.Ward;
import vn.ward57.org.web.OrgJson.ResidentialGroupJson;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}/residential-groups")
@Tag(name = "Tổ dân phố", description = "Residential groups of a ward")
class ResidentialGroupApiController {

    private final ResidentialGroupService groups;

    ResidentialGroupApiController(ResidentialGroupService groups) {
        this.groups = groups;
    }

    @GetMapping
    List<ResidentialGroupJson> list(Ward ward) {
        return groups.list(ward).stream().map(ResidentialGroupJson::of).toList();
    }

    @PostMapping
    ResponseEntity<ResidentialGroupJson> create(Ward ward, @Valid @RequestBody ResidentialGroupForm form) {
        ResidentialGroupJson created = ResidentialGroupJson.of(groups.create(ward, form));
        return ResponseEntity.created(
                URI.create("/api/v1/wards/" + ward.code() + "/residential-groups/" + created.code())).body(created);
    }

    @GetMapping("/{groupCode}")
    ResidentialGroupJson get(Ward ward, @PathVariable String groupCode) {
        return ResidentialGroupJson.of(groups.get(ward, groupCode));
    }

    @PutMapping("/{groupCode}")
    ResidentialGroupJson update(Ward ward, @PathVariable String groupCode,
                                @Valid @RequestBody ResidentialGroupForm form) {
        return ResidentialGroupJson.of(groups.update(ward, groupCode, form));
    }

    @DeleteMapping("/{groupCode}")
    ResponseEntity<Void> delete(Ward ward, @PathVariable String groupCode) {
        groups.delete(ward, groupCode);
        return ResponseEntity.noContent().build();
    }
}
