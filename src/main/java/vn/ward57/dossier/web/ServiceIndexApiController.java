package vn.ward57.dossier.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.dossier.DossierStatsService.Period;
import vn.ward57.dossier.IndexEntryForm;
import vn.ward57.dossier.ServiceIndex;
import vn.ward57.dossier.domain.ServiceIndexEntries;
import vn.ward57.dossier.ServiceIndexService;
import vn.ward57.org.Ward;

/** The 766 index of a ward and period (issue 19's contract), the officer's entries and the portal's scores. */
@RestController
@Tag(name = "Bộ chỉ số 766", description = "Service index of Quyết định 766/QĐ-TTg: parts, components, "
        + "formulas, inputs, what-ifs; entries for what ward57 cannot compute; the portal's published scores")
class ServiceIndexApiController {

    private static final String BASE = "/api/v1/wards/{wardCode}/service-index";

    private final ServiceIndexService index;
    private final ServiceIndexEntries entries;

    ServiceIndexApiController(ServiceIndexService index, ServiceIndexEntries entries) {
        this.index = index;
        this.entries = entries;
    }

    @GetMapping(BASE)
    ServiceIndex get(Ward ward,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return index.ward(ward, new Period(from, to, null, null));
    }

    /** A component's score with its source, for one ward57 cannot compute in this period. */
    @PutMapping(BASE + "/entries/{componentCode}")
    ServiceIndex enter(Ward ward, @PathVariable String componentCode,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       @RequestBody(required = false) IndexEntryForm form) {
        return entries.enter(ward, componentCode, new Period(from, to, null, null), form);
    }

    @DeleteMapping(BASE + "/entries/{componentCode}")
    ServiceIndex removeEntry(Ward ward, @PathVariable String componentCode,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return entries.removeEntry(ward, componentCode, new Period(from, to, null, null));
    }

    /** The portal's published score of a component, or of the whole with componentCode TOTAL. */
    @PutMapping(BASE + "/published/{componentCode}")
    ServiceIndex publish(Ward ward, @PathVariable String componentCode,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestBody(required = false) IndexEntryForm form) {
        return entries.publish(ward, componentCode, new Period(from, to, null, null), form);
    }

    @DeleteMapping(BASE + "/published/{componentCode}")
    ServiceIndex removePublished(Ward ward, @PathVariable String componentCode,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return entries.removePublished(ward, componentCode, new Period(from, to, null, null));
    }
}
