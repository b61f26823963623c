package vn.ward57.initiative;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.initiative.domain.CallRepository;
import vn.ward57.initiative.domain.ScoreRepository;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;
import vn.ward57.user.UserAccount;
import vn.ward57.user.UserService;

/**
 * The year's call and its council: rubric, thresholds and members are set while scoring is OPEN
 * (the rubric only before the first score, so no score was given against another rubric); the
 * chair closes scoring once every member who is not recused has scored everything, then signs off.
 */
@Service
@Transactional(readOnly = true)
public class CallService {

    /** The default rubric: novelty, effectiveness, scope of application, equally weighted, 0-10. */
    static final List<Criterion.Form> DEFAULT_RUBRIC = List.of(
            new Criterion.Form("NOVELTY", "Tính mới", BigDecimal.ONE, 10),
            new Criterion.Form("EFFECTIVENESS", "Hiệu quả", BigDecimal.ONE, 10),
            new Criterion.Form("SCOPE", "Phạm vi ảnh hưởng", BigDecimal.ONE, 10));

    private final WardService wards;
    private final CallRepository calls;
    private final ScoreRepository scores;
    private final UserService users;
    private final ApplicationEventPublisher events;

    CallService(WardService wards, CallRepository calls, ScoreRepository scores, UserService users,
                ApplicationEventPublisher events) {
        this.wards = wards;
        this.calls = calls;
        this.scores = scores;
        this.users = users;
        this.events = events;
    }

    /** A call with its ward, after checking the current user may read the ward. */
    record Scope(Ward ward, InitiativeCall call) {
        long wardId() {
            return ward.id().value();
        }
    }

    Scope scope(String wardCode, long callId) {
        Ward ward = wards.get(wardCode);
        return new Scope(ward, calls.find(ward.id().value(), callId)
                .orElseThrow(() -> new NotFoundException("initiative.call-not-found", null, String.valueOf(callId)))
                .call(ward.code()));
    }

    /** As {@link #scope} with the call locked for the rest of the transaction. */
    Scope locked(String wardCode, long callId) {
        Ward ward = wards.get(wardCode);
        return new Scope(ward, calls.lock(ward.id().value(), callId)
                .orElseThrow(() -> new NotFoundException("initiative.call-not-found", null, String.valueOf(callId)))
                .call(ward.code()));
    }

    static void requireOpen(InitiativeCall call) {
        if (call.state() != InitiativeCall.State.OPEN) {
            throw new ConflictException("initiative.scoring-closed", null, String.valueOf(call.year()));
        }
    }

    public List<InitiativeCall> list(String wardCode) {
        Ward ward = wards.get(wardCode);
        return calls.findByWard(ward.id().value()).stream().map(r -> r.call(ward.code())).toList();
    }

    public InitiativeCall get(String wardCode, long callId) {
        return scope(wardCode, callId).call();
    }

    @Transactional
    public InitiativeCall create(String wardCode, InitiativeCall.Form form) {
        Ward ward = wards.get(wardCode);
        CurrentActor.requireEnterData(ward.provinceCode(), ward.code());
        Thresholds t = check(ward, form, null);
        long id = calls.insert(ward.id().value(), form, t);
        calls.replaceCriteria(ward.id().value(), id, DEFAULT_RUBRIC);
        InitiativeCall created = get(wardCode, id);
        events.publishEvent(ChangeRecorded.created("initiative_call", String.valueOf(id), ward.provinceId(),
                ward.id().value(), created));
        return created;
    }

    @Transactional
    public InitiativeCall update(String wardCode, long callId, InitiativeCall.Form form) {
        Scope s = locked(wardCode, callId);
        CurrentActor.requireEnterData(s.ward().provinceCode(), s.ward().code());
        requireOpen(s.call());
        Thresholds t = check(s.ward(), form, s.call());
        calls.update(callId, form, t);
        InitiativeCall updated = get(wardCode, callId);
        events.publishEvent(ChangeRecorded.updated("initiative_call", String.valueOf(callId),
                s.ward().provinceId(), s.wardId(), s.call(), updated));
        return updated;
    }

    private Thresholds check(Ward ward, InitiativeCall.Form f, InitiativeCall current) {
        if (f.year() == null || f.year() < 2000 || f.year() > 2100) {
            throw new InvalidInputException("initiative.year-required", "year");
        }
        if (f.title() == null || f.title().isBlank()) {
            throw new InvalidInputException("initiative.title-required", "title");
        }
        if (f.opensOn() == null || f.closesOn() == null || f.closesOn().isBefore(f.opensOn())) {
            throw new InvalidInputException("initiative.call-dates", "closesOn");
        }
        if (calls.yearTaken(ward.id().value(), f.year(), current == null ? null : current.id())) {
            throw new ConflictException("initiative.call-year-taken", "year", String.valueOf(f.year()));
        }
        Thresholds t = f.thresholds() != null ? f.thresholds()
                : current != null ? current.thresholds() : Thresholds.DEFAULT;
        if (!t.ordered()) {
            throw new InvalidInputException("initiative.thresholds-order", "thresholds");
        }
        return t;
    }

    public List<Criterion> criteria(String wardCode, long callId) {
        return calls.criteria(scope(wardCode, callId).call().id());
    }

    /** Replaces the rubric; refused once anyone has scored. */
    @Transactional
    public List<Criterion> setCriteria(String wardCode, long callId, List<Criterion.Form> criteria) {
        Scope s = locked(wardCode, callId);
        CurrentActor.requireEnterData(s.ward().provinceCode(), s.ward().code());
        requireOpen(s.call());
        if (scores.anyScore(callId)) {
            throw new ConflictException("initiative.rubric-scored", null);
        }
        if (criteria == null || criteria.isEmpty()) {
            throw new InvalidInputException("initiative.rubric-empty", "criteria");
        }
        var codes = new HashSet<String>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion.Form c = criteria.get(i);
            String at = "criteria[" + i + "]";
            if (c == null || c.code() == null || c.code().isBlank() || c.name() == null || c.name().isBlank()
                    || !codes.add(c.code().strip())) {
                throw new InvalidInputException("initiative.criterion-code-name", at + ".code");
            }
            if (c.weight() == null || c.weight().signum() <= 0 || c.weight().compareTo(BigDecimal.valueOf(999)) > 0) {
                throw new InvalidInputException("initiative.criterion-weight", at + ".weight");
            }
            if (c.maxScore() != null && (c.maxScore() < 1 || c.maxScore() > 100)) {
                throw new InvalidInputException("initiative.criterion-max", at + ".maxScore");
            }
        }
        calls.replaceCriteria(s.wardId(), callId, criteria);
        events.publishEvent(ChangeRecorded.updated("initiative_criterion", String.valueOf(callId),
                s.ward().provinceId(), s.wardId(), null, criteria));
        return calls.criteria(callId);
    }

    public List<CouncilMember> members(String wardCode, long callId) {
        return calls.members(scope(wardCode, callId).call().id());
    }

    /** Adds an app user of the ward to the council; a second chair is refused. */
    @Transactional
    public CouncilMember addMember(String wardCode, long callId, CouncilMember.Form form) {
        Scope s = locked(wardCode, callId);
        CurrentActor.requireEnterData(s.ward().provinceCode(), s.ward().code());
        requireOpen(s.call());
        String username = form.username() == null ? "" : form.username().strip();
        UserAccount user = users.ofWard(s.ward()).stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new InvalidInputException("initiative.member-not-user", "username", username));
        CouncilMember.Role role = role(form.role());
        List<CouncilMember> current = calls.members(callId);
        if (current.stream().anyMatch(m -> m.username().equals(username))) {
            throw new ConflictException("initiative.member-exists", "username", username);
        }
        if (role == CouncilMember.Role.CHAIR && current.stream().anyMatch(m -> m.role() == CouncilMember.Role.CHAIR)) {
            throw new ConflictException("initiative.chair-exists", "role");
        }
        long id = calls.addMember(s.wardId(), callId, username, user.fullName(), role);
        CouncilMember added = new CouncilMember(id, username, user.fullName(), role);
        events.publishEvent(ChangeRecorded.created("initiative_member", String.valueOf(id), s.ward().provinceId(),
                s.wardId(), added));
        return added;
    }

    private static CouncilMember.Role role(String role) {
        if (role == null || role.isBlank()) {
            return CouncilMember.Role.MEMBER;
        }
        try {
            return CouncilMember.Role.valueOf(role.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("initiative.member-role", "role", role);
        }
    }

    /** Removes a member (with their scores and declarations) while scoring is open. */
    @Transactional
    public void removeMember(String wardCode, long callId, String username) {
        Scope s = locked(wardCode, callId);
        CurrentActor.requireEnterData(s.ward().provinceCode(), s.ward().code());
        requireOpen(s.call());
        if (calls.removeMember(callId, username) == 0) {
            throw new NotFoundException("initiative.member-not-found", null, username);
        }
        events.publishEvent(ChangeRecorded.deleted("initiative_member", callId + "/" + username,
                s.ward().provinceId(), s.wardId(), username));
    }

    /** The chair closes scoring: refused, naming who, while a member who is not recused owes scores. */
    @Transactional
    public InitiativeCall close(String wardCode, long callId) {
        Scope s = locked(wardCode, callId);
        requireChair(s);
        requireOpen(s.call());
        var missing = scores.missing(callId);
        if (!missing.isEmpty()) {
            throw new ConflictException("initiative.close-missing", null, missing.stream()
                    .map(m -> m.fullName() + " (" + m.initiatives() + ")").collect(Collectors.joining(", ")));
        }
        calls.close(callId);
        return changed(s, "CLOSED");
    }

    /** The chair signs the result off: nothing changes afterwards. */
    @Transactional
    public InitiativeCall sign(String wardCode, long callId) {
        Scope s = locked(wardCode, callId);
        requireChair(s);
        if (s.call().state() != InitiativeCall.State.CLOSED) {
            throw new ConflictException(s.call().state() == InitiativeCall.State.OPEN
                    ? "initiative.sign-open" : "initiative.signed", null);
        }
        calls.sign(callId, CurrentActor.name());
        return changed(s, "SIGNED");
    }

    private InitiativeCall changed(Scope s, String state) {
        InitiativeCall after = calls.find(s.wardId(), s.call().id()).orElseThrow().call(s.ward().code());
        events.publishEvent(ChangeRecorded.updated("initiative_call", String.valueOf(s.call().id()),
                s.ward().provinceId(), s.wardId(), s.call(), after));
        return after;
    }

    private void requireChair(Scope s) {
        String me = CurrentActor.name();
        boolean chair = calls.members(s.call().id()).stream()
                .anyMatch(m -> m.role() == CouncilMember.Role.CHAIR && m.username().equals(me));
        if (!chair) {
            throw new AccessDeniedException("initiative.chair-only");
        }
    }
}
