package vn.ward57.asset.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.asset.Asset;
import vn.ward57.asset.AssetCondition;
import vn.ward57.asset.AssetFigures;
import vn.ward57.asset.AssetFilter;
import vn.ward57.asset.AssetForm;
import vn.ward57.asset.AssetKind;
import vn.ward57.asset.domain.AssetService;
import vn.ward57.asset.domain.AssetTable;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableExport;
import vn.ward57.common.web.PageForms;
import vn.ward57.common.web.Query;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.ResidentialGroupService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/** The equipment register's pages: the figures and the list, an entry, its form; import and export. */
@Controller
@RequestMapping("/wards/{wardCode}/assets")
class AssetPageController {

    private static final String PAGE = "asset/assets";

    private final WardAccess access;
    private final OrgLookup org;
    private final ResidentialGroupService groups;
    private final AssetService assets;
    private final AssetTable table;
    private final AssetFigures figures;
    private final PageForms forms;

    AssetPageController(WardAccess access, OrgLookup org, ResidentialGroupService groups, AssetService assets,
                        AssetTable table, AssetFigures figures, PageForms forms) {
        this.access = access;
        this.org = org;
        this.groups = groups;
        this.assets = assets;
        this.table = table;
        this.figures = figures;
        this.forms = forms;
    }

    /** The page, or for htmx (the filters) its list. */
    @GetMapping
    String list(Ward ward, @ModelAttribute("filter") AssetFilter filter, Model model,
                HtmxRequest htmx) {
        fillList(ward, filter, model);
        return htmx.isHtmxRequest() ? PAGE + " :: list" : PAGE;
    }

    @GetMapping("/{assetId}")
    String detail(Ward ward, @PathVariable long assetId, Model model) {
        Asset asset = assets.get(ward, assetId);
        model.addAttribute("ward", ward);
        model.addAttribute("asset", asset);
        model.addAttribute("canEdit", access.canEditUnit(ward, asset.unit()));
        return "asset/asset";
    }

    /** A unit officer's form starts with its unit, the only one it may enter. */
    @GetMapping("/new")
    String blank(Ward ward, Model model) {
        access.enterData(ward);
        choices(ward, model);
        model.addAttribute("assetForm", AssetForm.empty(access.ownUnit()));
        return "asset/asset-form";
    }

    @GetMapping("/{assetId}/edit")
    String edit(Ward ward, @PathVariable long assetId, Model model) {
        Asset asset = assets.get(ward, assetId);
        access.editUnit(ward, asset.unit());
        choices(ward, model);
        model.addAttribute("asset", asset);
        model.addAttribute("assetForm", AssetForm.of(asset));
        model.addAttribute("version", asset.version());
        return "asset/asset-form";
    }

    @PostMapping
    String create(Ward ward, @ModelAttribute("assetForm") AssetForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Optional<Asset> saved = forms.save(errors, () -> assets.create(ward, form));
        if (saved.isPresent()) {
            forms.flash(redirect, "asset.created", saved.get().name());
            return "redirect:/wards/" + ward.code() + "/assets/" + saved.get().id();
        }
        choices(ward, model);
        return "asset/asset-form";
    }

    /** version: as the form was read; the form comes back with it, so resending it blind cannot overwrite. */
    @PostMapping("/{assetId}")
    String update(Ward ward, @PathVariable long assetId,
                  @ModelAttribute("assetForm") AssetForm form, BindingResult errors,
                  @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        Optional<Asset> saved = forms.save(errors, () -> assets.update(ward, assetId, form, version));
        if (saved.isPresent()) {
            forms.flash(redirect, "asset.updated", saved.get().name());
            return "redirect:/wards/" + ward.code() + "/assets/" + assetId;
        }
        choices(ward, model);
        model.addAttribute("asset", assets.get(ward, assetId));
        model.addAttribute("version", version);
        return "asset/asset-form";
    }

    /** From the list (htmx: the list again) or from an entry's page (back to the list). */
    @PostMapping("/{assetId}/delete")
    String delete(Ward ward, @PathVariable long assetId,
                  @RequestParam(required = false) Long version, Model model,
                  HttpServletRequest request, RedirectAttributes redirect) {
        Asset deleted = assets.delete(ward, assetId, version);
        fillList(ward, AssetFilter.none(), model);
        return forms.respond(true, "asset.deleted", request, model, redirect, PAGE, "list",
                "/wards/" + ward.code() + "/assets", deleted.name());
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(Ward ward, @RequestParam(defaultValue = "xlsx") String format,
                                  @ModelAttribute AssetFilter filter) {
        TableData data = table.export(ward, filter);
        return TableExport.download(format, data);
    }

    @PostMapping("/import")
    String importFile(Ward ward, @RequestParam(required = false) MultipartFile file,
                      RedirectAttributes redirect) {
        forms.importStarted(() -> table.importFile(ward, file), redirect);
        return "redirect:/wards/" + ward.code() + "/assets";
    }

    private void fillList(Ward ward, AssetFilter filter, Model model) {
        choices(ward, model);
        model.addAttribute("filter", filter);
        model.addAttribute("summary", figures.summary(ward));
        model.addAttribute("assets", assets.list(ward, filter));
        model.addAttribute("canEdit", access.canEnterData(ward));
        model.addAttribute("canImport", access.canEnterWardWide(ward));
        model.addAttribute("exportUrl", "/wards/" + ward.code() + "/assets/export" + Query.of("kind", filter.kind(),
                "unit", filter.unit(), "group", filter.group(), "condition", filter.condition(), "q", filter.q()));
    }

    /** The ward and what its selects offer: kinds, conditions, its units and residential groups. */
    private void choices(Ward ward, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("kinds", AssetKind.values());
        model.addAttribute("conditions", AssetCondition.values());
        model.addAttribute("units", org.units(ward.id()));
        model.addAttribute("groups", groups.list(ward));
    }
}
