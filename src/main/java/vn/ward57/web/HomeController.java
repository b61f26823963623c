package vn.ward57.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

@Controller
class HomeController {

    private final WardService wards;

    HomeController(WardService wards) {
        this.wards = wards;
    }

    /** A ward user lands on its ward; a province admin on its provinces (or its only ward). */
    @GetMapping("/")
    String home() {
        Actor actor = CurrentActor.get();
        List<Ward> visible = wards.visible();
        if (!actor.isProvinceAdmin() || visible.size() == 1) {
            return visible.isEmpty() ? "redirect:/provinces" : "redirect:/wards/" + visible.getFirst().code();
        }
        return "redirect:/provinces";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** The ward switcher in the header posts its choice here. */
    @GetMapping("/switch")
    String switchWard(@RequestParam String ward) {
        return "redirect:/wards/" + wards.get(ward).code();
    }
}
