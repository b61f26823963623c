package vn.ward57.audit.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.ward57.audit.AuditFilter;
import vn.ward57.audit.domain.AuditService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/** The audit log page: filters above, newest entries first, 50 a page. */
@Controller
class AuditPageController {

    private final AuditService audit;
    private final WardService wards;

    AuditPageController(AuditService audit, WardService wards) {
        this.audit = audit;
        this.wards = wards;
    }

    @GetMapping("/audit")
    String page(@ModelAttribute("filter") AuditFilter filter, Model model, HtmxRequest htmx) {
        var visible = wards.visible();
        model.addAttribute("result", audit.search(filter));
        model.addAttribute("entities", audit.entities());
        model.addAttribute("wards", visible);
        model.addAttribute("wardCodes", visible.stream()
                .collect(java.util.stream.Collectors.toMap(w -> w.id().value(), Ward::name)));
        return htmx.isHtmxRequest() ? "audit/audit :: entries" : "audit/audit";
    }
}
