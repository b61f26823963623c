package vn.ward57.feedback.domain;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.Texts;
import vn.ward57.common.WardTime;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.audit.RecordVersions;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.feedback.Feedback;
import vn.ward57.feedback.FeedbackState;
import vn.ward57.feedback.StateChange;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/**
 * The workflow steps of a feedback item. Steps of one item follow one another (its row is locked for the
 * step), so two officers answering at once cannot both move it on; a step based on a version read earlier
 * is refused once the item has moved on. A step is taken by the item's unit (and a unit it is given to must
 * be one the user may act for): a unit officer moves only its own unit's items on.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackSteps {

    private final WardAccess access;
    private final FeedbackService feedback;
    private final FeedbackRepository items;
    private final RecordVersions versions;
    private final ApplicationEventPublisher events;

    FeedbackSteps(WardAccess access, FeedbackService feedback, FeedbackRepository items, RecordVersions versions,
                  ApplicationEventPublisher events) {
        this.access = access;
        this.feedback = feedback;
        this.items = items;
        this.versions = versions;
        this.events = events;
    }

    /**
     * One step of the workflow; a skip or a step without what it needs is refused and nothing is written.
     * version: the one the person read (null: any).
     */
    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public Feedback changeState(Ward ward, long id, StateChange change, Long version) {
        feedback.find(ward, id);  // unknown: refused before any lock is taken
        items.lock(ward.id().value(), id);
        Feedback before = feedback.find(ward, id);
        access.editUnit(ward, before.unitCode());
        if (change != null && change.unit() != null) {
            access.editUnit(ward, change.unit());
        }
        versions.check("feedback_item", String.valueOf(id), version, before.version(), before);
        if (change == null || change.state() == null || change.state().isBlank()) {
            throw new InvalidInputException("feedback.state-required", "state");
        }
        FeedbackState to = FeedbackService.parseState(change.state());
        if (!before.state().next().contains(to)) {
            throw new InvalidInputException("feedback.bad-transition", "state", before.state().label(), to.label());
        }
        var today = WardTime.today();
        String answer = Texts.blankToNull(change.answer());
        String transferredTo = Texts.blankToNull(change.transferredTo());
        if (to == FeedbackState.ANSWERED && answer == null) {
            throw new InvalidInputException("feedback.answer-required", "answer");
        }
        if (answer != null && answer.length() > Intake.MAX_CONTENT) {
            throw new InvalidInputException("feedback.too-long", "answer", String.valueOf(Intake.MAX_CONTENT));
        }
        if (to == FeedbackState.TRANSFERRED && transferredTo == null) {
            throw new InvalidInputException("feedback.transfer-required", "transferredTo");
        }
        if (transferredTo != null && transferredTo.length() > 300) {
            throw new InvalidInputException("feedback.too-long", "transferredTo", "300");
        }
        String note = Texts.blankToNull(change.note());
        if (note != null && note.length() > 2000) {
            throw new InvalidInputException("feedback.too-long", "note", "2000");
        }
        boolean finishing = to == FeedbackState.ANSWERED || to == FeedbackState.TRANSFERRED;
        if (!items.changeState(id, before.version(), to.name(), to == FeedbackState.ANSWERED ? answer : null,
                finishing ? today : null, to == FeedbackState.CLOSED ? today : null,
                to == FeedbackState.TRANSFERRED ? transferredTo : null, feedback.unitId(ward, change.unit()),
                to == FeedbackState.CLOSED ? change.satisfied() : null)) {
            throw versions.stale("feedback_item", String.valueOf(id), null, null);
        }
        items.history(ward.id().value(), id, before.state().name(), to.name(), CurrentActor.name(), note);
        Feedback after = feedback.find(ward, id);
        events.publishEvent(ChangeRecorded.updated("feedback_item", String.valueOf(id), ward, before, after));
        return after;
    }
}
