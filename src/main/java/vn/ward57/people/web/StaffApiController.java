package vn.ward57.people.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.common.web.VersionedRegisterApi;
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
class StaffApiController extends VersionedRegisterApi<Ward, StaffMember, StaffMember, StaffMemberForm> {

    private final StaffService staff;

    StaffApiController(StaffService staff) {
        super(staff::create, staff::get, member -> member, staff::update, staff::delete, StaffMember::id,
                StaffMember::version);
        this.staff = staff;
    }

    @GetMapping
    List<StaffMember> list(Ward ward, @RequestParam(required = false) String unit,
                           @RequestParam(required = false) String q,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inPostOn) {
        return staff.list(ward, new StaffService.Filter(unit, q, inPostOn));
    }
}
