package vn.ward57.initiative.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.initiative.Conflict;
import vn.ward57.initiative.CouncilMember;
import vn.ward57.initiative.Criterion;
import vn.ward57.initiative.InitiativeCall;
import vn.ward57.initiative.Score;
import vn.ward57.org.Ward;

/**
 * Members score on their own: while scoring is OPEN everyone (the chair included) sees only their
 * own scores; once the chair closes it everyone who may read the ward sees all, frozen. Scores are
 * 0..the criterion's maximum in steps of 0.5 (whole points are too coarse for close calls; finer
 * steps add nothing a council agrees on). Scoring is for the call's council members, whatever their role.
 */
@Service
@Transactional(readOnly = true)
public class ScoringService {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final Calls callService;
    private final Initiatives initiativeService;
    private final CallRepository calls;
    private final ScoreRepository scores;
    private final ApplicationEventPublisher events;

    ScoringService(Calls callService, Initiatives initiativeService, CallRepository calls,
                   ScoreRepository scores, ApplicationEventPublisher events) {
        this.callService = callService;
        this.initiativeService = initiativeService;
        this.calls = calls;
        this.scores = scores;
        this.events = events;
    }

    /** The scores the current user may see: their own while OPEN, everyone's after closing. */
    public List<Score> scores(Ward ward, long callId) {
        var s = callService.scope(ward, callId);
        boolean open = s.call().state() == InitiativeCall.State.OPEN;
        return scores.scores(callId, open ? CurrentActor.name() : null);
    }

    /** The current user's own scores of one initiative. */
    public List<Score> myScores(Ward ward, long initiativeId) {
        var row = initiativeService.row(ward, initiativeId);
        return scores.scores(row.callId(), CurrentActor.name()).stream()
                .filter(x -> x.initiativeId() == initiativeId).toList();
    }

    public List<Conflict> conflicts(Ward ward, long callId) {
        return scores.conflicts(callService.scope(ward, callId).call().id());
    }

    /** Replaces the current member's scores of one initiative: every criterion once, all or nothing. */
    @Transactional
    public List<Score> score(Ward ward, long initiativeId, Score.Sheet sheet) {
        var row = initiativeService.row(ward, initiativeId);
        var s = callService.locked(ward, row.callId());
        Calls.requireOpen(s.call());
        CouncilMember me = member(row.callId());
        if (scores.hasConflict(me.id(), initiativeId)) {
            throw new InvalidInputException("initiative.score-conflict", null, row.code());
        }
        Map<String, Criterion> byCode = new HashMap<>();
        calls.criteria(row.callId()).forEach(c -> byCode.put(c.code(), c));
        List<Score.Entry> entries = sheet == null || sheet.scores() == null ? List.of() : sheet.scores();
        List<Long> criterionIds = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (Score.Entry e : entries) {
            Criterion c = e == null ? null : byCode.get(e.criterion());
            if (c == null || criterionIds.contains(c.id())) {
                throw new InvalidInputException("initiative.score-criterion", "criterion",
                        e == null ? "" : String.valueOf(e.criterion()));
            }
            BigDecimal v = e.value();
            if (v == null || v.signum() < 0 || v.compareTo(BigDecimal.valueOf(c.maxScore())) > 0
                    || v.remainder(HALF).signum() != 0) {
                throw new InvalidInputException("initiative.score-range", "value", c.name(),
                        String.valueOf(c.maxScore()),
                        v == null ? "" : vn.ward57.common.Decimals.shown(v));
            }
            criterionIds.add(c.id());
            values.add(v);
        }
        if (criterionIds.size() != byCode.size()) {
            throw new InvalidInputException("initiative.score-all-criteria", "criterion");
        }
        scores.replace(ward.id().value(), me.id(), initiativeId, criterionIds, values);
        List<Score> mine = myScores(ward, initiativeId);
        events.publishEvent(ChangeRecorded.updated("initiative_score", initiativeId + "/" + me.username(),
                ward, null, mine));
        return mine;
    }

    /** The current member declares a conflict of interest: their scores of it, if any, are withdrawn. */
    @Transactional
    public Conflict declare(Ward ward, long initiativeId, Conflict.Form form) {
        var row = initiativeService.row(ward, initiativeId);
        var s = callService.locked(ward, row.callId());
        Calls.requireOpen(s.call());
        CouncilMember me = member(row.callId());
        if (form == null || form.reason() == null || form.reason().isBlank()) {
            throw new InvalidInputException("initiative.conflict-reason", "reason");
        }
        scores.deleteScores(me.id(), initiativeId);
        long id = scores.declare(ward.id().value(), me.id(), initiativeId, form.reason().strip());
        Conflict declared = new Conflict(id, me.username(), me.fullName(), initiativeId, row.code(),
                form.reason().strip());
        events.publishEvent(ChangeRecorded.created("initiative_conflict", String.valueOf(id), ward, declared));
        return declared;
    }

    /** The current user as a member of the call's council, or 403. */
    private CouncilMember member(long callId) {
        String me = CurrentActor.name();
        return calls.members(callId).stream().filter(m -> m.username().equals(me)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("initiative.not-member"));
    }
}
