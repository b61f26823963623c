package vn.ward57.initiative.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.PageForms;
import vn.ward57.initiative.Conflict;
import vn.ward57.initiative.CouncilMember;
import vn.ward57.initiative.InitiativeCall;
import vn.ward57.initiative.Score;
import vn.ward57.initiative.domain.Calls;
import vn.ward57.initiative.domain.CouncilService;
import vn.ward57.initiative.domain.Initiatives;
import vn.ward57.initiative.domain.Minutes;
import vn.ward57.initiative.domain.ResultService;
import vn.ward57.initiative.domain.ScoringService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;
import vn.ward57.user.UserContacts;

/** The council's page (members, rubric, thresholds, close and sign-off), a member's own scoring page, the result. */
@Controller
class CouncilPageController {

    private final WardAccess access;
    private final Calls calls;
    private final CouncilService council;
    private final Initiatives initiatives;
    private final ScoringService scoring;
    private final ResultService results;
    private final Minutes minutes;
    private final UserContacts users;
    private final PageForms forms;

    CouncilPageController(WardAccess access, Calls calls, CouncilService council,
                          Initiatives initiatives, ScoringService scoring, ResultService results,
                          Minutes minutes, UserContacts users, PageForms forms) {
        this.access = access;
        this.calls = calls;
        this.council = council;
        this.initiatives = initiatives;
        this.scoring = scoring;
        this.results = results;
        this.minutes = minutes;
        this.users = users;
        this.forms = forms;
    }

    private static final String CALL = "/wards/{wardCode}/initiative-calls/{callId}";

    private static String back(Ward ward, long callId, String page) {
        return "redirect:/wards/" + ward.code() + "/initiative-calls/" + callId + "/" + page;
    }

    /** canEdit: the council's setup (members), the ward's own work while scoring is open. */
    private InitiativeCall common(Ward ward, long callId, Model model) {
        InitiativeCall call = calls.get(ward, callId);
        List<CouncilMember> members = council.members(ward, callId);
        model.addAttribute("ward", ward);
        model.addAttribute("call", call);
        model.addAttribute("members", members);
        model.addAttribute("criteria", council.criteria(ward, callId));
        model.addAttribute("isChair", members.stream().anyMatch(m -> m.role() == CouncilMember.Role.CHAIR
                && m.username().equals(CurrentActor.name())));
        model.addAttribute("canEdit", call.state() == InitiativeCall.State.OPEN && access.canManage(ward));
        return call;
    }

    @GetMapping(CALL + "/council")
    String council(Ward ward, @PathVariable long callId, Model model) {
        common(ward, callId, model);
        model.addAttribute("conflicts", scoring.conflicts(ward, callId));
        model.addAttribute("users", users.ofWard(ward));
        return "initiative/council";
    }

    @PostMapping(CALL + "/council/members")
    String addMember(Ward ward, @PathVariable long callId,
                     @ModelAttribute CouncilMember.Form form, BindingResult errors, RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> council.addMember(ward, callId, form), redirect,
                "initiatives.member-added");
        return back(ward, callId, "council");
    }

    @PostMapping(CALL + "/council/members/{username}/delete")
    String removeMember(Ward ward, @PathVariable long callId, @PathVariable String username,
                        RedirectAttributes redirect) {
        council.removeMember(ward, callId, username);
        forms.flash(redirect, "initiatives.member-removed");
        return back(ward, callId, "council");
    }

    @PostMapping(CALL + "/council/close")
    String close(Ward ward, @PathVariable long callId, RedirectAttributes redirect) {
        act(() -> calls.close(ward, callId), redirect, "initiatives.closed");
        return back(ward, callId, "council");
    }

    @PostMapping(CALL + "/council/sign")
    String sign(Ward ward, @PathVariable long callId, RedirectAttributes redirect) {
        act(() -> calls.sign(ward, callId), redirect, "initiatives.signed");
        return back(ward, callId, "results");
    }

    /** The current member's own page: each initiative with their scores, or their declared conflict. */
    @GetMapping(CALL + "/my-scores")
    String myScores(Ward ward, @PathVariable long callId, Model model) {
        common(ward, callId, model);
        String me = CurrentActor.name();
        Map<String, BigDecimal> mine = new HashMap<>();
        for (Score s : scoring.scores(ward, callId)) {
            if (s.username().equals(me)) {
                mine.put(s.initiativeId() + "/" + s.criterion(), s.value());
            }
        }
        Map<Long, String> conflicts = scoring.conflicts(ward, callId).stream()
                .filter(c -> c.username().equals(me)).collect(Collectors.toMap(Conflict::initiativeId, Conflict::reason));
        model.addAttribute("initiatives", initiatives.list(ward, callId, null));
        model.addAttribute("mine", mine);
        model.addAttribute("conflicts", conflicts);
        model.addAttribute("isMember", ((List<?>) model.getAttribute("members")).stream()
                .anyMatch(m -> ((CouncilMember) m).username().equals(me)));
        return "initiative/my-scores";
    }

    /** One initiative's scores from the form: a field per criterion code ({@code v_NOVELTY=8.5}). */
    @PostMapping(CALL + "/my-scores/{initiativeId}")
    String score(Ward ward, @PathVariable long callId, @PathVariable long initiativeId,
                 @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        act(() -> {
            List<Score.Entry> entries = new ArrayList<>();
            params.forEach((name, value) -> {
                if (name.startsWith("v_")) {
                    entries.add(new Score.Entry(name.substring(2), number(value)));
                }
            });
            scoring.score(ward, initiativeId, new Score.Sheet(entries));
        }, redirect, "initiatives.scored");
        return back(ward, callId, "my-scores");
    }

    private static BigDecimal number(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("initiative.score-number", "value", vn.ward57.common.Echo.cut(text, 40));
        }
    }

    @PostMapping(CALL + "/my-scores/{initiativeId}/conflict")
    String declare(Ward ward, @PathVariable long callId, @PathVariable long initiativeId,
                   @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        act(() -> scoring.declare(ward, initiativeId, new Conflict.Form(reason)), redirect,
                "initiatives.conflict-declared");
        return back(ward, callId, "my-scores");
    }

    @GetMapping(CALL + "/results")
    String results(Ward ward, @PathVariable long callId, Model model) {
        InitiativeCall call = common(ward, callId, model);
        model.addAttribute("results", call.state() == InitiativeCall.State.OPEN ? List.of()
                : results.results(ward, callId));
        return "initiative/results";
    }

    /** A council action from its page: done, or why not, flashed on the page it goes back to. */
    private void act(Runnable action, RedirectAttributes redirect, String successKey) {
        forms.importAndRedirect(() -> {
            action.run();
            return 1;
        }, redirect, successKey);
    }

    @GetMapping(CALL + "/minutes.docx")
    ResponseEntity<byte[]> minutes(Ward ward, @PathVariable long callId) {
        return CallApiController.docx(minutes.docx(ward, callId), calls.get(ward, callId).year());
    }
}
