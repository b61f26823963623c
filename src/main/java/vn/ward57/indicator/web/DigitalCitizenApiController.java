package vn.ward57.indicator.web;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.common.WardTime;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.indicator.DigitalCitizenFile;
import vn.ward57.indicator.DigitalCitizens;
import vn.ward57.org.Ward;

/** Digital citizens through the API: a year's months, a month's figures, a file of months. */
@RestController
class DigitalCitizenApiController {

    private final DigitalCitizens citizens;
    private final DigitalCitizenFile files;

    DigitalCitizenApiController(DigitalCitizens citizens, DigitalCitizenFile files) {
        this.citizens = citizens;
        this.files = files;
    }

    @GetMapping("/api/v1/wards/{wardCode}/digital-citizens")
    List<DigitalCitizens.Month> year(Ward ward, @RequestParam(required = false) Integer year) {
        return citizens.year(ward, year == null ? WardTime.thisYear() : year);
    }

    @PutMapping("/api/v1/wards/{wardCode}/digital-citizens/{period}")
    DigitalCitizens.Month put(Ward ward, @PathVariable String period, @RequestBody DigitalCitizens.Figures figures) {
        return citizens.record(ward, period, figures);
    }

    /**
     * Accepts the file (202, Location: /api/v1/imports/{id}) and imports it in the background, all months or
     * none: the import's status then lists every faulty cell or refused month.
     */
    @PostMapping("/api/v1/wards/{wardCode}/digital-citizen-imports")
    ResponseEntity<RegisterImport> importApi(Ward ward, @RequestParam(required = false) MultipartFile file) {
        return RegisterImports.accepted(files.importFile(ward, file));
    }
}
