package vn.ward57.initiative.domain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.initiative.CouncilMember;
import vn.ward57.initiative.Criterion;
import vn.ward57.org.Ward;
import vn.ward57.user.UserAccount;
import vn.ward57.user.UserContacts;

/**
 * A call's council: its weighted rubric and its members, set while scoring is OPEN (the rubric only before
 * the first score, so no score was given against another rubric). The whole ward's, like the call: set up by
 * its officers not limited to a unit and its leaders.
 */
@Service
@Transactional(readOnly = true)
public class CouncilService {

    private final Calls calls;
    private final CallRepository repository;
    private final ScoreRepository scores;
    private final UserContacts users;
    private final ApplicationEventPublisher events;

    CouncilService(Calls calls, CallRepository repository, ScoreRepository scores, UserContacts users,
                   ApplicationEventPublisher events) {
        this.calls = calls;
        this.repository = repository;
        this.scores = scores;
        this.users = users;
        this.events = events;
    }

    public List<Criterion> criteria(Ward ward, long callId) {
        return repository.criteria(calls.scope(ward, callId).call().id());
    }

    /** Replaces the rubric; refused once anyone has scored. */
    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public List<Criterion> setCriteria(Ward ward, long callId, List<Criterion.Form> criteria) {
        Calls.Scope s = calls.locked(ward, callId);
        Calls.requireOpen(s.call());
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
        repository.replaceCriteria(s.wardId(), callId, criteria);
        events.publishEvent(ChangeRecorded.updated("initiative_criterion", String.valueOf(callId),
                s.ward().provinceId(), s.wardId(), null, criteria));
        return repository.criteria(callId);
    }

    public List<CouncilMember> members(Ward ward, long callId) {
        return repository.members(calls.scope(ward, callId).call().id());
    }

    /** Adds an app user of the ward to the council; a second chair is refused. */
    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public CouncilMember addMember(Ward ward, long callId, CouncilMember.Form form) {
        Calls.Scope s = calls.locked(ward, callId);
        Calls.requireOpen(s.call());
        String username = form.username() == null ? "" : form.username().strip();
        UserAccount user = users.ofWard(ward).stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new InvalidInputException("initiative.member-not-user", "username", username));
        CouncilMember.Role role = role(form.role());
        List<CouncilMember> current = repository.members(callId);
        if (current.stream().anyMatch(m -> m.username().equals(username))) {
            throw new ConflictException("initiative.member-exists", "username", username);
        }
        if (role == CouncilMember.Role.CHAIR && current.stream().anyMatch(m -> m.role() == CouncilMember.Role.CHAIR)) {
            throw new ConflictException("initiative.chair-exists", "role");
        }
        long id = repository.addMember(s.wardId(), callId, username, user.fullName(), role);
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
    @PreAuthorize("@access.enterWardWide(#ward)")
    public void removeMember(Ward ward, long callId, String username) {
        Calls.Scope s = calls.locked(ward, callId);
        Calls.requireOpen(s.call());
        if (repository.removeMember(callId, username) == 0) {
            throw new NotFoundException("initiative.member-not-found", null, username);
        }
        events.publishEvent(ChangeRecorded.deleted("initiative_member", callId + "/" + username,
                s.ward().provinceId(), s.wardId(), username));
    }
}
