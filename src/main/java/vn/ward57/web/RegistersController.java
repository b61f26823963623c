package vn.ward57.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.ward57.org.WardService;

/** The ward's registers behind the reports' figures, in one place (issue 6), so the menu stays short. */
@Controller
class RegistersController {

    private final WardService wards;

    RegistersController(WardService wards) {
        this.wards = wards;
    }

    @GetMapping("/wards/{wardCode}/registers")
    String registers(@PathVariable String wardCode, Model model) {
        model.addAttribute("ward", wards.get(wardCode));
        return "registers";
    }
}
