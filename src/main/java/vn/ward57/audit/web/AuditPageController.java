package vn.ward57.audit.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.ward57.audit.AuditEntry;
import vn.ward57.audit.AuditFilter;
import vn.ward57.audit.AuditPage;
import vn.ward57.audit.domain.AuditService;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;
import vn.ward57.user.UserContacts;

/** The audit log page: filters above, newest entries first, 50 a page. */
@Controller
class AuditPageController {

    private final AuditService audit;
    private final WardService wards;
    private final UserContacts users;
    private final AuditChanges changes;

    AuditPageController(AuditService audit, WardService wards, UserContacts users, AuditChanges changes) {
        this.audit = audit;
        this.wards = wards;
        this.users = users;
        this.changes = changes;
    }

    @GetMapping("/audit")
    String page(@ModelAttribute("filter") AuditFilter filter, Model model, HtmxRequest htmx) {
        var visible = wards.visible();
        AuditPage result = audit.search(filter);
        model.addAttribute("result", result);
        model.addAttribute("rows", rows(result.entries()));
        model.addAttribute("entities", audit.entities());
        model.addAttribute("wards", visible);
        model.addAttribute("wardCodes", visible.stream()
                .collect(Collectors.toMap(w -> w.id().value(), Ward::name)));
        return htmx.isHtmxRequest() ? "audit/audit :: entries" : "audit/audit";
    }

    /** The page's entries with the people's names (one look-up a page) and their changes in words. */
    private List<AuditRow> rows(List<AuditEntry> entries) {
        Map<String, String> names = users.fullNames(entries.stream().map(AuditEntry::actor).collect(Collectors.toSet()));
        return entries.stream().map(e -> new AuditRow(e, names.getOrDefault(e.actor(), changes.actor(e.actor())),
                VietnameseFormat.dateTime(e.at()), changes.of(e))).toList();
    }
}
