package vn.ward57.overview.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ward57.overview.PublicSummaryService;

/** The ward's open data as a page anyone can read (công khai), with the CSV and JSON to download. */
@Controller
class PublicPageController {

    private final PublicSummaryService service;

    PublicPageController(PublicSummaryService service) {
        this.service = service;
    }

    @GetMapping("/cong-khai/{wardCode}")
    String page(@PathVariable String wardCode, @RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("s", service.summary(wardCode, year));
        return "overview/public";
    }
}
