package vn.ward57.dossier.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.common.web.AskedPeriod;
import vn.ward57.common.web.Uploads;
import vn.ward57.common.error.Ward57Exception;
import vn.ward57.common.web.Messages;
import vn.ward57.dossier.DossierImportService;
import vn.ward57.dossier.DossierStatsService;
import vn.ward57.dossier.DossierStatsService.Period;
import vn.ward57.dossier.domain.ImportProfileService;
import vn.ward57.dossier.ProcedureService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/** The dossier pages: the figures of a period, the imports, the procedure catalogue. */
@Controller
class DossierPageController {

    private final WardAccess access;
    private final DossierStatsService stats;
    private final DossierImportService imports;
    private final ProcedureService procedures;
    private final ImportProfileService profiles;
    private final Messages messages;

    DossierPageController(WardAccess access, DossierStatsService stats, DossierImportService imports,
                          ProcedureService procedures, ImportProfileService profiles, Messages messages) {
        this.access = access;
        this.stats = stats;
        this.imports = imports;
        this.procedures = procedures;
        this.profiles = profiles;
        this.messages = messages;
    }

    /** The period's figures, month by month and by field; this year to today unless asked otherwise. */
    @GetMapping("/wards/{wardCode}/dossiers")
    String figures(Ward ward,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(name = "period", required = false) String periodCode,
                   Model model) {
        AskedPeriod asked = AskedPeriod.of(from, to, periodCode);
        Period period = new Period(asked.from(), asked.to(), null, null);
        asked.addTo(model);
        model.addAttribute("ward", ward);
        model.addAttribute("stats", stats.ward(ward, period));
        model.addAttribute("months", stats.byMonth(ward, period));
        model.addAttribute("fields", stats.breakdown(ward, period, false));
        model.addAttribute("procedureRows", stats.breakdown(ward, period, true));
        model.addAttribute("procedureNames", procedures.names(ward));
        model.addAttribute("unknownCodes", procedures.unknownCodes(ward, period.from(), period.to()));
        return "dossier/figures";
    }

    /** The dossiers behind one figure of the period (each figure on the figures page links here). */
    @GetMapping("/wards/{wardCode}/dossiers/list")
    String dossiers(Ward ward,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam String figure, @RequestParam(required = false) String field,
                    @RequestParam(required = false) String procedure, @RequestParam(defaultValue = "0") int page,
                    Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("field", field);
        model.addAttribute("procedure", procedure);
        model.addAttribute("procedureNames", procedures.names(ward));
        model.addAttribute("list", stats.dossiers(ward, new Period(from, to, field, procedure), figure, page));
        return "dossier/list";
    }

    @GetMapping("/wards/{wardCode}/dossier-imports")
    String imports(Ward ward, Model model, HtmxRequest htmx) {
        model.addAttribute("ward", ward);
        model.addAttribute("imports", imports.recent(ward));
        model.addAttribute("profiles", profiles.list(ward));
        model.addAttribute("canImport", access.canManage(ward));   // enterWardWide's twin
        return htmx.isHtmxRequest() ? "dossier/imports :: list" : "dossier/imports";
    }

    @PostMapping("/wards/{wardCode}/dossier-imports")
    String startImport(Ward ward, @RequestParam(required = false) MultipartFile file,
                       @RequestParam(required = false) String profile,
                       @RequestParam(defaultValue = "false") boolean skipInvalid, Model model,
                       HtmxRequest htmx) throws IOException {
        try (InputStream content = Uploads.content(file)) {
            imports.start(ward, Uploads.name(file), content, profile, skipInvalid);
            model.addAttribute("flash", messages.get("import.started"));
        } catch (Ward57Exception e) {
            model.addAttribute("flashError", messages.get(e));
        }
        return imports(ward, model, htmx);
    }

    @PostMapping("/dossier-imports/{id}/cancel")
    String cancel(@PathVariable long id, Model model, HtmxRequest htmx) {
        Ward ward = imports.wardOf(id);
        imports.cancel(ward, id);
        model.addAttribute("flash", messages.get("import.cancel-asked"));
        return imports(ward, model, htmx);
    }

    @GetMapping("/wards/{wardCode}/procedures")
    String procedures(Ward ward, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("counts", procedures.counts(ward));
        model.addAttribute("procedures", procedures.list(ward));
        model.addAttribute("canImport", access.canManage(ward));   // enterWardWide's twin
        return "dossier/procedures";
    }

    @PostMapping("/wards/{wardCode}/procedures")
    String importProcedures(Ward ward, @RequestParam(required = false) MultipartFile file,
                            Model model) throws IOException {
        try (InputStream content = Uploads.content(file)) {
            var result = procedures.importCatalogue(ward, content);
            if (result.errors().isEmpty()) {
                model.addAttribute("flash", messages.get("procedure.imported", result.rowsRead()));
            } else {
                model.addAttribute("flashError", messages.get("procedure.rejected", result.errorTotal()));
                model.addAttribute("errors", result.errors());
            }
        } catch (Ward57Exception e) {
            model.addAttribute("flashError", messages.get(e));
        }
        return procedures(ward, model);
    }
}
