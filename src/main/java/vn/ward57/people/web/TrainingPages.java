package vn.ward57.people.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/** What every training page shows: the ward, and whether the user may record events. */
@Component
class TrainingPages {

    private final WardAccess access;

    TrainingPages(WardAccess access) {
        this.access = access;
    }

    void ward(Ward ward, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("canEdit", access.canEnterData(ward));
    }

    /** A form page, refused to those whose post of it would be refused. */
    void form(Ward ward, Model model) {
        access.enterData(ward);
        ward(ward, model);
    }
}
