package vn.ward57.web;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.table.ImportTemplate;
import vn.ward57.org.Ward;

/**
 * Every import's template file, from one route (the link {@code fragments :: import-template}). Under the ward,
 * as every page is, so it is read-checked the same way; here and not in common, which knows no Ward.
 */
@Controller
class ImportTemplateController {

    private final List<ImportTemplate> templates;

    ImportTemplateController(List<ImportTemplate> templates) {
        this.templates = templates;
    }

    @GetMapping("/wards/{wardCode}/import-templates/{template}")
    @ResponseBody
    ResponseEntity<byte[]> template(Ward ward, @PathVariable String template) {
        return ImportTemplate.find(templates, template)
                .orElseThrow(() -> new NotFoundException("import.template.not-found", null, template)).download();
    }
}
