package vn.ward57.people.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/** What every training page shows: the ward, and whether the user may record events. */
@Component
class TrainingPages {

    private final WardService wards;

    TrainingPages(WardService wards) {
        this.wards = wards;
    }

    Ward ward(String wardCode, Model model) {
        Ward ward = wards.get(wardCode);
        model.addAttribute("ward", ward);
        model.addAttribute("canEdit", CurrentActor.get().canEnterData(ward.provinceCode(), ward.code()));
        return ward;
    }
}
