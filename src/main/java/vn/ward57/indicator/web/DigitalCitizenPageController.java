package vn.ward57.indicator.web;

import java.math.BigDecimal;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.WardTime;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.Ward57Exception;
import vn.ward57.common.table.TableExport;
import vn.ward57.common.web.Messages;
import vn.ward57.common.web.PageForms;
import vn.ward57.common.web.PeriodNames;
import vn.ward57.indicator.DigitalCitizenFile;
import vn.ward57.indicator.DigitalCitizens;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/** The digital-citizen figures of a year: the page, its entry form, import and export. */
@Controller
class DigitalCitizenPageController {

    private final WardAccess access;
    private final DigitalCitizens citizens;
    private final DigitalCitizenFile files;
    private final PageForms pages;
    private final Messages messages;
    private final PeriodNames periodNames;

    DigitalCitizenPageController(WardAccess access, DigitalCitizens citizens, DigitalCitizenFile files,
                                 PageForms pages, Messages messages, PeriodNames periodNames) {
        this.periodNames = periodNames;
        this.access = access;
        this.citizens = citizens;
        this.files = files;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/wards/{wardCode}/digital-citizens")
    String page(Ward ward, @RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? WardTime.thisYear() : year;
        model.addAttribute("ward", ward);
        model.addAttribute("year", shown);
        model.addAttribute("months", citizens.year(ward, shown));
        model.addAttribute("canEnter", citizens.units(ward).stream().anyMatch(u -> access.canEditUnit(ward, u)));
        model.addAttribute("canImport", access.canManage(ward));
        return "indicator/citizens";
    }

    @PostMapping("/wards/{wardCode}/digital-citizens")
    String record(Ward ward, @RequestParam String month,
                  @RequestParam(required = false) String adultResidents, @RequestParam(required = false) String eidAccounts,
                  @RequestParam(required = false) String publicSignatures,
                  @RequestParam(required = false) String personalSignatures,
                  @RequestParam(required = false) String source, RedirectAttributes redirect) {
        ReportingPeriod asked = null;
        try {
            // the month as the picker sends it (2026-05) or as typed ("Tháng 5/2026"); the message names it in words
            asked = ReportingPeriod.parseCalendar(month);
            citizens.record(ward, asked.code(), new DigitalCitizens.Figures(count(adultResidents, "adultResidents"),
                    count(eidAccounts, "eidAccounts"), count(publicSignatures, "publicSignatures"),
                    count(personalSignatures, "personalSignatures"), source));
            pages.flash(redirect, "citizens.saved", periodNames.of(asked));
        } catch (Ward57Exception e) {
            redirect.addFlashAttribute("flashError", messages.get(e));
        }
        return "redirect:/wards/" + ward.code() + "/digital-citizens" + (asked == null ? "" : "?year=" + asked.year());
    }

    @PostMapping("/wards/{wardCode}/digital-citizen-imports")
    String importPage(Ward ward, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        pages.importStarted(() -> files.importFile(ward, file), redirect);
        return "redirect:/wards/" + ward.code() + "/digital-citizens";
    }

    @GetMapping("/wards/{wardCode}/digital-citizens/export")
    ResponseEntity<byte[]> export(Ward ward, @RequestParam(required = false) Integer year,
                                  @RequestParam(defaultValue = "xlsx") String format) {
        int shown = year == null ? WardTime.thisYear() : year;
        return TableExport.download(format, "cong-dan-so-" + ward.code() + "-" + shown, DigitalCitizenFile.headers(),
                files.rows(ward, shown));
    }

    /** A count typed on the page: 12.456 or 12456; blank leaves the figure as it is. */
    private static BigDecimal count(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip().replace(" ", "");
        if (plain.matches("\\d{1,3}(\\.\\d{3})+")) {
            plain = plain.replace(".", "");
        }
        if (!plain.matches("\\d{1,12}")) {
            throw new InvalidInputException("citizens.not-a-count", field, vn.ward57.common.Echo.cut(text, 40));
        }
        return new BigDecimal(plain);
    }
}
