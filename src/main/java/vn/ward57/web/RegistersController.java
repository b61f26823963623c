package vn.ward57.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ward57.org.Ward;

/** The ward's registers behind the reports' figures, in one place (issue 6), so the menu stays short. */
@Controller
class RegistersController {

    @GetMapping("/wards/{wardCode}/registers")
    String registers(Ward ward, Model model) {
        model.addAttribute("ward", ward);
        return "registers";
    }
}
