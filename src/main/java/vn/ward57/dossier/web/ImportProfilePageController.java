package vn.ward57.dossier.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.Ward57Exception;
import vn.ward57.common.table.TableColumn;
import vn.ward57.common.table.TableReader;
import vn.ward57.common.web.Messages;
import vn.ward57.common.web.Uploads;
import vn.ward57.dossier.ImportProfile;
import vn.ward57.dossier.domain.ImportProfileService;
import vn.ward57.dossier.imports.ColumnLayout;
import vn.ward57.dossier.imports.ImportColumn;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/**
 * The column mappings page: read the headers of a sample export, map each canonical column to one
 * of them (and, for a vendor status column, which statuses mean resolved or withdrawn), save it
 * under a name; edit or delete saved ones.
 */
@Controller
class ImportProfilePageController {

    private static final java.util.Set<String> STATUS_HEADERS = java.util.Set.of("trang thai", "tinh trang",
            "trang thai ho so", "tinh trang ho so", "trang thai xu ly");

    private final WardAccess access;
    private final ImportProfileService profiles;
    private final Messages messages;

    ImportProfilePageController(WardAccess access, ImportProfileService profiles, Messages messages) {
        this.access = access;
        this.profiles = profiles;
        this.messages = messages;
    }

    @GetMapping("/wards/{wardCode}/import-profiles")
    String page(Ward ward, @RequestParam(required = false) String edit, Model model) {
        ImportProfile editing = edit == null ? null : profiles.get(ward, edit);
        return show(ward, editing, List.of(), model);
    }

    /** Reads the header row of a sample export so that the form offers its columns. */
    @PostMapping("/wards/{wardCode}/import-profiles/sample")
    String sample(Ward ward, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        List<String> headers = List.of();
        try {
            headers = headers(file);
            if (headers.isEmpty()) {
                throw new InvalidInputException("import.empty-file", "file");
            }
        } catch (Ward57Exception e) {
            model.addAttribute("flashError", messages.get(e));
        }
        return show(ward, guess(headers), headers, model);
    }

    @PostMapping("/wards/{wardCode}/import-profiles")
    String save(Ward ward, @RequestParam Map<String, String> form, Model model,
                RedirectAttributes redirect) {
        ImportProfile profile = fromForm(form);
        try {
            profiles.save(ward, profile.name() == null ? "" : profile.name(), profile);
        } catch (Ward57Exception e) {
            model.addAttribute("flashError", messages.get(e));
            return show(ward, profile, List.of(), model);
        }
        redirect.addFlashAttribute("flash", messages.get("profile.saved", profile.name()));
        return "redirect:/wards/" + ward.code() + "/import-profiles";
    }

    @PostMapping("/wards/{wardCode}/import-profiles/delete")
    String delete(Ward ward, @RequestParam String name, RedirectAttributes redirect) {
        profiles.delete(ward, name);
        redirect.addFlashAttribute("flash", messages.get("profile.deleted", name));
        return "redirect:/wards/" + ward.code() + "/import-profiles";
    }

    private String show(Ward ward, ImportProfile editing, List<String> headers, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("profiles", profiles.list(ward));
        model.addAttribute("editing", editing);
        model.addAttribute("headers", headers);
        model.addAttribute("columns", ImportColumn.values());
        model.addAttribute("canEdit", access.canManage(ward));   // enterWardWide's twin
        return "dossier/profiles";
    }

    private static List<String> headers(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("import.file-required", "file");
        }
        Path copy = Uploads.tempFile("sample");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            try (TableReader reader = TableReader.open(copy)) {
                return ColumnLayout.sampleHeaders(reader);
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /**
     * A first mapping from the headers ward57 recognises; the officer fills in the rest. A status
     * column ("Trạng thái") comes with the usual values, "Từ chối" among the withdrawn ones (a refused
     * dossier leaves the workload as a withdrawn one does); the officer may move it.
     */
    private static ImportProfile guess(List<String> headers) {
        Map<String, String> columns = new LinkedHashMap<>();
        String status = null;
        for (String header : headers) {
            ImportColumn.forHeader(header).ifPresent(c -> columns.putIfAbsent(c.canonical(), header));
            if (status == null && STATUS_HEADERS.contains(TableColumn.normalise(header))) {
                status = header;
            }
        }
        boolean dates = columns.containsKey("resolved_at") || columns.containsKey("withdrawn_at");
        return status == null || dates ? new ImportProfile(null, columns, null, null, null, null)
                : new ImportProfile(null, columns, status, null, List.of("Đã trả kết quả", "Đã có kết quả", "Hoàn thành"),
                        List.of("Đã rút", "Rút hồ sơ", "Từ chối"));
    }

    private static ImportProfile fromForm(Map<String, String> form) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (ImportColumn column : ImportColumn.values()) {
            String header = form.get("col." + column.canonical());
            if (header != null && !header.isBlank()) {
                columns.put(column.canonical(), header.strip());
            }
        }
        return new ImportProfile(form.get("name"), columns, form.get("statusColumn"), form.get("statusDateColumn"),
                lines(form.get("resolvedValues")), lines(form.get("withdrawnValues")));
    }

    /** Status values, one a line (or separated by ";"). */
    private static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("[;\\r\\n]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
