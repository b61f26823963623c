package vn.ward57.initiative.domain;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.error.ConflictException;
import vn.ward57.initiative.Conflict;
import vn.ward57.initiative.CouncilMember;
import vn.ward57.initiative.InitiativeCall;
import vn.ward57.initiative.InitiativeResult;
import vn.ward57.org.Ward;

/**
 * The council's result, shown only once the chair has closed scoring (before that it would reveal
 * other members' scores): each initiative's result, rank (ties share a rank, the next rank skips:
 * 1, 2, 2, 4) and the award its result reaches under the call's thresholds.
 */
@Service
@Transactional(readOnly = true)
public class ResultService {

    private final Calls callService;
    private final CallRepository calls;
    private final ScoreRepository scores;

    ResultService(Calls callService, CallRepository calls, ScoreRepository scores) {
        this.callService = callService;
        this.calls = calls;
        this.scores = scores;
    }

    public List<InitiativeResult> results(Ward ward, long callId) {
        InitiativeCall call = callService.scope(ward, callId).call();
        if (call.state() == InitiativeCall.State.OPEN) {
            throw new ConflictException("initiative.results-open", null);
        }
        return rank(call, scores.outcomes(callId));
    }

    static List<InitiativeResult> rank(InitiativeCall call, List<ScoreRepository.Outcome> outcomes) {
        List<InitiativeResult> ranked = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            var o = outcomes.get(i);
            // outcomes come best first, already rounded: equal results share the earlier rank
            if (i == 0 || o.result() == null || outcomes.get(i - 1).result() == null
                    || o.result().compareTo(outcomes.get(i - 1).result()) != 0) {
                rank = i + 1;
            }
            ranked.add(new InitiativeResult(rank, o.initiativeId(), o.code(), o.title(), o.authors(), o.unitName(),
                    o.result(), o.members(), call.thresholds().award(o.result())));
        }
        return ranked;
    }

    /** What the minutes need besides the results. */
    public record Council(InitiativeCall call, List<CouncilMember> members, List<Conflict> conflicts,
                          List<InitiativeResult> results) {
    }

    public Council council(Ward ward, long callId) {
        List<InitiativeResult> results = results(ward, callId);
        return new Council(callService.get(ward, callId), calls.members(callId), scores.conflicts(callId),
                results);
    }
}
