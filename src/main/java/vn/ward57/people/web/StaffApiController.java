package vn.ward57.people.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.ward57.common.web.IfMatch;
import vn.ward57.org.Ward;
import vn.ward57.people.StaffMember;
import vn.ward57.people.StaffMemberForm;
import vn.ward57.people.domain.StaffService;

/**
 * The staff list. The form is checked by the service after the access check (not with @Valid), so
 * that a user of another ward is refused before being told what is wrong with the body.
 */
@RestController
@RequestMapping("/api/v1/wards/{wardCode}/staff-members")
@Tag(name = "Cán bộ, công chức", description = "The ward's staff list and the days each person is in post")
class StaffApiController {

    private final StaffService staff;

    StaffApiController(StaffService staff) {
        this.staff = staff;
    }

    @GetMapping
    List<StaffMember> list(Ward ward, @RequestParam(required = false) String unit,
                           @RequestParam(required = false) String q,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inPostOn) {
        return staff.list(ward, new StaffService.Filter(unit, q, inPostOn));
    }

    @PostMapping
    ResponseEntity<StaffMember> create(Ward ward, @RequestBody StaffMemberForm form) {
        StaffMember created = staff.create(ward, form);
        return ResponseEntity.created(URI.create("/api/v1/wards/" + ward.code() + "/staff-members/" + created.id()))
                .body(created);
    }

    /** The entry with its version as ETag: sent back in If-Match, a change of an entry changed since is refused. */
    @GetMapping("/{staffMemberId}")
    ResponseEntity<StaffMember> get(Ward ward, @PathVariable long staffMemberId) {
        return versioned(staff.get(ward, staffMemberId));
    }

    @PutMapping("/{staffMemberId}")
    ResponseEntity<StaffMember> update(Ward ward, @PathVariable long staffMemberId,
                                       @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                       @RequestBody StaffMemberForm form) {
        return versioned(staff.update(ward, staffMemberId, form, IfMatch.version(ifMatch)));
    }

    @DeleteMapping("/{staffMemberId}")
    ResponseEntity<Void> delete(Ward ward, @PathVariable long staffMemberId,
                                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        staff.delete(ward, staffMemberId, IfMatch.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<StaffMember> versioned(StaffMember member) {
        return ResponseEntity.ok().eTag(String.valueOf(member.version())).body(member);
    }
}
