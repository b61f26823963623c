package vn.ward57.asset.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
import vn.ward57.asset.AssetService;
import vn.ward57.asset.AssetTable;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableExport;
import vn.ward57.common.web.Htmx;
import vn.ward57.common.web.PageForms;
import vn.ward57.common.web.Query;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.ResidentialGroupService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/** The equipment register's pages: the figures and the list, an entry, its form; import and export. */
@Controller
@RequestMapping("/wards/{wardCode}/assets")
class AssetPageController {

    private static final String PAGE = "asset/assets";

    private final WardService wards;
    private final OrgLookup org;
    private final ResidentialGroupService groups;
    private final AssetService assets;
    private final AssetTable table;
    private final AssetFigures figures;
    private final PageForms forms;

    AssetPageController(WardService wards, OrgLookup org, ResidentialGroupService groups, AssetService assets,
                        AssetTable table, AssetFigures figures, PageForms forms) {
        this.wards = wards;
        this.org = org;
        this.groups = groups;
        this.assets = assets;
        this.table = table;
        this.figures = figures;
        this.forms = forms;
    }

    /** The page, or for htmx (the filters) its list. */
    @GetMapping
    String list(@PathVariable String wardCode, @ModelAttribute("filter") AssetFilter filter, Model model,
                HttpServletRequest request) {
        fillList(wardCode, filter, model);
        return Htmx.view(request, PAGE, "list");
    }

    @GetMapping("/{assetId}")
    String detail(@PathVariable String wardCode, @PathVariable long assetId, Model model) {
        model.addAttribute("ward", wards.get(wardCode));
        model.addAttribute("asset", assets.get(wardCode, assetId));
        model.addAttribute("canEdit", assets.canEdit(wardCode));
        return "asset/asset";
    }

    @GetMapping("/new")
    String blank(@PathVariable String wardCode, Model model) {
        writable(wardCode);
        choices(wardCode, model);
        model.addAttribute("assetForm", AssetForm.empty());
        return "asset/asset-form";
    }

    @GetMapping("/{assetId}/edit")
    String edit(@PathVariable String wardCode, @PathVariable long assetId, Model model) {
        writable(wardCode);
        choices(wardCode, model);
        Asset asset = assets.get(wardCode, assetId);
        model.addAttribute("asset", asset);
        model.addAttribute("assetForm", AssetForm.of(asset));
        model.addAttribute("version", asset.version());
        return "asset/asset-form";
    }

    @PostMapping
    String create(@PathVariable String wardCode, @ModelAttribute("assetForm") AssetForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Asset[] saved = new Asset[1];
        if (forms.attempt(errors, () -> saved[0] = assets.create(wardCode, form))) {
            forms.flash(redirect, "asset.created", saved[0].name());
            return "redirect:/wards/" + wardCode + "/assets/" + saved[0].id();
        }
        choices(wardCode, model);
        return "asset/asset-form";
    }

    /** version: as the form was read; the form comes back with it, so resending it blind cannot overwrite. */
    @PostMapping("/{assetId}")
    String update(@PathVariable String wardCode, @PathVariable long assetId,
                  @ModelAttribute("assetForm") AssetForm form, BindingResult errors,
                  @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        Asset[] saved = new Asset[1];
        if (forms.attempt(errors, () -> saved[0] = assets.update(wardCode, assetId, form, version))) {
            forms.flash(redirect, "asset.updated", saved[0].name());
            return "redirect:/wards/" + wardCode + "/assets/" + assetId;
        }
        choices(wardCode, model);
        model.addAttribute("asset", assets.get(wardCode, assetId));
        model.addAttribute("version", version);
        return "asset/asset-form";
    }

    /** From the list (htmx: the list again) or from an entry's page (back to the list). */
    @PostMapping("/{assetId}/delete")
    String delete(@PathVariable String wardCode, @PathVariable long assetId,
                  @RequestParam(required = false) Long version, Model model,
                  HttpServletRequest request, RedirectAttributes redirect) {
        Asset deleted = assets.delete(wardCode, assetId, version);
        fillList(wardCode, AssetFilter.none(), model);
        return forms.respond(true, "asset.deleted", request, model, redirect, PAGE, "list",
                "/wards/" + wardCode + "/assets", deleted.name());
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@PathVariable String wardCode, @RequestParam(defaultValue = "xlsx") String format,
                                  @ModelAttribute AssetFilter filter) {
        TableData data = table.export(wardCode, filter);
        return TableExport.download(format, data.baseName(), data.headers(), data.rows());
    }

    @PostMapping("/import")
    String importFile(@PathVariable String wardCode, @RequestParam(required = false) MultipartFile file,
                      RedirectAttributes redirect) {
        forms.importStarted(() -> table.importFile(wardCode, file), redirect);
        return "redirect:/wards/" + wardCode + "/assets";
    }

    private void fillList(String wardCode, AssetFilter filter, Model model) {
        choices(wardCode, model);
        model.addAttribute("filter", filter);
        model.addAttribute("summary", figures.summary(wardCode));
        model.addAttribute("assets", assets.list(wardCode, filter));
        model.addAttribute("canEdit", assets.canEdit(wardCode));
        model.addAttribute("exportUrl", "/wards/" + wardCode + "/assets/export" + Query.of("kind", filter.kind(),
                "unit", filter.unit(), "group", filter.group(), "condition", filter.condition(), "q", filter.q()));
    }

    /** The ward and what its selects offer: kinds, conditions, its units and residential groups. */
    private Ward choices(String wardCode, Model model) {
        Ward ward = wards.get(wardCode);
        model.addAttribute("ward", ward);
        model.addAttribute("kinds", AssetKind.values());
        model.addAttribute("conditions", AssetCondition.values());
        model.addAttribute("units", org.units(ward.id()));
        model.addAttribute("groups", groups.list(wardCode));
        return ward;
    }

    /** The form pages are for those who may change the register (a viewer gets the refusal, not a form). */
    private void writable(String wardCode) {
        if (!assets.canEdit(wardCode)) {
            throw new AccessDeniedException("access.ward-read-only");
        }
    }
}
