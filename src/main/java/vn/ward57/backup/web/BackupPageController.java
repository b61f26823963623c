package vn.ward57.backup.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.ward57.backup.Backups;
import vn.ward57.common.error.NotFoundException;

/**
 * The admins' backup page: the copies with their size, time and age, the last run's result, and
 * "Sao lưu ngay", whose progress the page follows (htmx asks again every two seconds while it runs).
 */
@Controller
class BackupPageController {

    private final Backups backups;

    BackupPageController(Backups backups) {
        this.backups = backups;
    }

    @GetMapping("/admin/backups")
    String page(Model model, HtmxRequest htmx) {
        model.addAttribute("s", backups.state());
        return htmx.isHtmxRequest() ? "backup/backups :: status" : "backup/backups";
    }

    @PostMapping("/admin/backups")
    String backUpNow(Model model, HtmxRequest htmx) {
        model.addAttribute("s", backups.startNow());
        return htmx.isHtmxRequest() ? "backup/backups :: status" : "redirect:/admin/backups";
    }

    @GetMapping("/admin/backups/files/{name}")
    ResponseEntity<Resource> download(@PathVariable String name) {
        Path file = backups.file(name).orElseThrow(() -> new NotFoundException("backup.not-found", null, name));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(new FileSystemResource(file));
    }
}
