package vn.ward57.people.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.common.table.TableExport;
import vn.ward57.org.Ward;
import vn.ward57.people.Programme;
import vn.ward57.people.domain.StaffService;
import vn.ward57.people.domain.StaffTable;
import vn.ward57.people.domain.TrainingEventService;
import vn.ward57.people.domain.TrainingTable;

/**
 * The two registers as files. Exports are {@code GET …/staff-members/export?format=csv|xlsx} and
 * {@code GET …/training-events/export?format=csv|xlsx} (csv when not given), narrowed by the same
 * filters as the lists, with the headers their imports accept. Imports take a multipart {@code file},
 * answer 202 with Location /api/v1/imports/{id} and run in the background, all rows or none: the import's
 * status then says the rows written, or lists every faulty cell.
 */
@RestController
@RequestMapping("/api/v1/wards/{wardCode}")
@Tag(name = "Cán bộ, tập huấn: nhập, xuất tệp", description = "CSV/XLSX import (all or nothing) and export")
class PeopleTableApiController {

    private final StaffTable staff;
    private final TrainingTable training;

    PeopleTableApiController(StaffTable staff, TrainingTable training) {
        this.staff = staff;
        this.training = training;
    }

    @GetMapping("/staff-members/export")
    ResponseEntity<byte[]> exportStaff(Ward ward,
                                       @RequestParam(defaultValue = "csv") String format,
                                       @RequestParam(required = false) String unit,
                                       @RequestParam(required = false) String q,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inPostOn) {
        return TableExport.download(format, staff.export(ward, new StaffService.Filter(unit, q, inPostOn)));
    }

    @GetMapping("/training-events/export")
    ResponseEntity<byte[]> exportTraining(Ward ward,
                                          @RequestParam(defaultValue = "csv") String format,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                          @RequestParam(required = false) Programme programme,
                                          @RequestParam(required = false) String q) {
        return TableExport.download(format, training.export(ward, new TrainingEventService.Filter(from, to, programme, q)));
    }

    /** The file is optional here so that access is checked first. */
    @PostMapping("/staff-member-imports")
    ResponseEntity<RegisterImport> importStaff(Ward ward,
                                               @RequestParam(required = false) MultipartFile file) {
        return RegisterImports.accepted(staff.importFile(ward, file));
    }

    @PostMapping("/training-event-imports")
    ResponseEntity<RegisterImport> importTraining(Ward ward,
                                                  @RequestParam(required = false) MultipartFile file) {
        return RegisterImports.accepted(training.importFile(ward, file));
    }
}
