package vn.ward57.initiative.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.initiative.CouncilMember;
import vn.ward57.initiative.Criterion;
import vn.ward57.initiative.InitiativeCall;
import vn.ward57.initiative.Thresholds;
import vn.ward57.org.Ward;

/**
 * The year's call: its dates and thresholds are set while scoring is OPEN (its rubric and members by
 * {@link CouncilService}); the chair closes scoring once every member who is not recused has scored
 * everything, then signs off. The call is the whole ward's: set up by its officers not limited to a unit and
 * its leaders.
 */
@Service
@Transactional(readOnly = true)
public class Calls {

    /** The default rubric: novelty, effectiveness, scope of application, equally weighted, 0-10. */
    static final List<Criterion.Form> DEFAULT_RUBRIC = List.of(
            new Criterion.Form("NOVELTY", "Tính mới", BigDecimal.ONE, 10),
            new Criterion.Form("EFFECTIVENESS", "Hiệu quả", BigDecimal.ONE, 10),
            new Criterion.Form("SCOPE", "Phạm vi ảnh hưởng", BigDecimal.ONE, 10));

    private final CallRepository calls;
    private final ScoreRepository scores;
    private final ApplicationEventPublisher events;

    Calls(CallRepository calls, ScoreRepository scores, ApplicationEventPublisher events) {
        this.calls = calls;
        this.scores = scores;
        this.events = events;
    }

    /** A call with its ward (read-checked by whoever resolved it). */
    record Scope(Ward ward, InitiativeCall call) {
        long wardId() {
            return ward.id().value();
        }
    }

    Scope scope(Ward ward, long callId) {
        return new Scope(ward, found(ward, callId, calls.find(ward.id().value(), callId)));
    }

    /** As {@link #scope} with the call locked for the rest of the transaction. */
    Scope locked(Ward ward, long callId) {
        return new Scope(ward, found(ward, callId, calls.lock(ward.id().value(), callId)));
    }

    private static InitiativeCall found(Ward ward, long callId, java.util.Optional<CallRepository.Row> row) {
        return row.orElseThrow(() -> new NotFoundException("initiative.call-not-found", null, String.valueOf(callId)))
                .call(ward.code());
    }

    static void requireOpen(InitiativeCall call) {
        if (call.state() != InitiativeCall.State.OPEN) {
            throw new ConflictException("initiative.scoring-closed", null, String.valueOf(call.year()));
        }
    }

    public List<InitiativeCall> list(Ward ward) {
        return calls.findByWard(ward.id().value()).stream().map(r -> r.call(ward.code())).toList();
    }

    public InitiativeCall get(Ward ward, long callId) {
        return scope(ward, callId).call();
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public InitiativeCall create(Ward ward, InitiativeCall.Form form) {
        Thresholds t = check(ward, form, null);
        long id = calls.insert(ward.id().value(), form, t);
        calls.replaceCriteria(ward.id().value(), id, DEFAULT_RUBRIC);
        InitiativeCall created = get(ward, id);
        events.publishEvent(ChangeRecorded.created("initiative_call", String.valueOf(id), ward, created));
        return created;
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public InitiativeCall update(Ward ward, long callId, InitiativeCall.Form form) {
        Scope s = locked(ward, callId);
        requireOpen(s.call());
        Thresholds t = check(s.ward(), form, s.call());
        calls.update(callId, form, t);
        InitiativeCall updated = get(ward, callId);
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

    /** The chair closes scoring: refused, naming who, while a member who is not recused owes scores. */
    @Transactional
    public InitiativeCall close(Ward ward, long callId) {
        Scope s = locked(ward, callId);
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
    public InitiativeCall sign(Ward ward, long callId) {
        Scope s = locked(ward, callId);
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
