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
import vn.ward57.initiative.CallService;
import vn.ward57.initiative.Conflict;
import vn.ward57.initiative.CouncilMember;
import vn.ward57.initiative.InitiativeCall;
import vn.ward57.initiative.InitiativeService;
import vn.ward57.initiative.Minutes;
import vn.ward57.initiative.ResultService;
import vn.ward57.initiative.Score;
import vn.ward57.initiative.ScoringService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;
import vn.ward57.user.UserService;

/** The council's page (members, rubric, thresholds, close and sign-off), a member's own scoring page, the result. */
@Controller
class CouncilPageController {

    private final WardService wards;
    private final CallService calls;
    private final InitiativeService initiatives;
    private final ScoringService scoring;
    private final ResultService results;
    private final Minutes minutes;
    private final UserService users;
    private final PageForms forms;

    CouncilPageController(WardService wards, CallService calls, InitiativeService initiatives, ScoringService scoring,
                          ResultService results, Minutes minutes, UserService users, PageForms forms) {
        this.wards = wards;
        this.calls = calls;
        this.initiatives = initiatives;
        this.scoring = scoring;
        this.results = results;
        this.minutes = minutes;
        this.users = users;
        this.forms = forms;
    }

    private static final String CALL = "/wards/{wardCode}/initiative-calls/{callId}";

    private static String back(String wardCode, long callId, String page) {
        return "redirect:/wards/" + wardCode + "/initiative-calls/" + callId + "/" + page;
    }

    private InitiativeCall common(String wardCode, long callId, Model model) {
        Ward ward = wards.get(wardCode);
        InitiativeCall call = calls.get(wardCode, callId);
        List<CouncilMember> members = calls.members(wardCode, callId);
        model.addAttribute("ward", ward);
        model.addAttribute("call", call);
        model.addAttribute("members", members);
        model.addAttribute("criteria", calls.criteria(wardCode, callId));
        model.addAttribute("isChair", members.stream().anyMatch(m -> m.role() == CouncilMember.Role.CHAIR
                && m.username().equals(CurrentActor.name())));
        model.addAttribute("canEdit", call.state() == InitiativeCall.State.OPEN
                && CurrentActor.get().canEnterData(ward.provinceCode(), ward.code()));
        return call;
    }

    @GetMapping(CALL + "/council")
    String council(@PathVariable String wardCode, @PathVariable long callId, Model model) {
        common(wardCode, callId, model);
        model.addAttribute("conflicts", scoring.conflicts(wardCode, callId));
        model.addAttribute("users", users.ofWard(wards.get(wardCode)));
        return "initiative/council";
    }

    @PostMapping(CALL + "/council/members")
    String addMember(@PathVariable String wardCode, @PathVariable long callId,
                     @ModelAttribute CouncilMember.Form form, BindingResult errors, RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> calls.addMember(wardCode, callId, form), redirect,
                "initiatives.member-added");
        return back(wardCode, callId, "council");
    }

    @PostMapping(CALL + "/council/members/{username}/delete")
    String removeMember(@PathVariable String wardCode, @PathVariable long callId, @PathVariable String username,
                        RedirectAttributes redirect) {
        calls.removeMember(wardCode, callId, username);
        forms.flash(redirect, "initiatives.member-removed");
        return back(wardCode, callId, "council");
    }

    @PostMapping(CALL + "/council/close")
    String close(@PathVariable String wardCode, @PathVariable long callId, RedirectAttributes redirect) {
        forms.importAndRedirect(() -> {
            calls.close(wardCode, callId);
            return 1;
        }, redirect, "initiatives.closed");
        return back(wardCode, callId, "council");
    }

    @PostMapping(CALL + "/council/sign")
    String sign(@PathVariable String wardCode, @PathVariable long callId, RedirectAttributes redirect) {
        forms.importAndRedirect(() -> {
            calls.sign(wardCode, callId);
            return 1;
        }, redirect, "initiatives.signed");
        return back(wardCode, callId, "results");
    }

    /** The current member's own page: each initiative with their scores, or their declared conflict. */
    @GetMapping(CALL + "/my-scores")
    String myScores(@PathVariable String wardCode, @PathVariable long callId, Model model) {
        common(wardCode, callId, model);
        String me = CurrentActor.name();
        Map<String, BigDecimal> mine = new HashMap<>();
        for (Score s : scoring.scores(wardCode, callId)) {
            if (s.username().equals(me)) {
                mine.put(s.initiativeId() + "/" + s.criterion(), s.value());
            }
        }
        Map<Long, String> conflicts = scoring.conflicts(wardCode, callId).stream()
                .filter(c -> c.username().equals(me)).collect(Collectors.toMap(Conflict::initiativeId, Conflict::reason));
        model.addAttribute("initiatives", initiatives.list(wardCode, callId, null));
        model.addAttribute("mine", mine);
        model.addAttribute("conflicts", conflicts);
        model.addAttribute("isMember", ((List<?>) model.getAttribute("members")).stream()
                .anyMatch(m -> ((CouncilMember) m).username().equals(me)));
        return "initiative/my-scores";
    }

    /** One initiative's scores from the form: a field per criterion code ({@code v_NOVELTY=8.5}). */
    @PostMapping(CALL + "/my-scores/{initiativeId}")
    String score(@PathVariable String wardCode, @PathVariable long callId, @PathVariable long initiativeId,
                 @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        forms.importAndRedirect(() -> {
            List<Score.Entry> entries = new ArrayList<>();
            params.forEach((name, value) -> {
                if (name.startsWith("v_")) {
                    entries.add(new Score.Entry(name.substring(2), number(value)));
                }
            });
            scoring.score(wardCode, initiativeId, new Score.Sheet(entries));
            return 1;
        }, redirect, "initiatives.scored");
        return back(wardCode, callId, "my-scores");
    }

    private static BigDecimal number(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("initiative.score-number", "value", vn.ward57.common.Echo.cut(text, 40));
        }
    }

    @PostMapping(CALL + "/my-scores/{initiativeId}/conflict")
    String declare(@PathVariable String wardCode, @PathVariable long callId, @PathVariable long initiativeId,
                   @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        forms.importAndRedirect(() -> {
            scoring.declare(wardCode, initiativeId, new Conflict.Form(reason));
            return 1;
        }, redirect, "initiatives.conflict-declared");
        return back(wardCode, callId, "my-scores");
    }

    @GetMapping(CALL + "/results")
    String results(@PathVariable String wardCode, @PathVariable long callId, Model model) {
        InitiativeCall call = common(wardCode, callId, model);
        model.addAttribute("results", call.state() == InitiativeCall.State.OPEN ? List.of()
                : results.results(wardCode, callId));
        return "initiative/results";
    }

    @GetMapping(CALL + "/minutes.docx")
    ResponseEntity<byte[]> minutes(@PathVariable String wardCode, @PathVariable long callId) {
        return CallApiController.docx(minutes.docx(wardCode, callId), calls.get(wardCode, callId).year());
    }
}
