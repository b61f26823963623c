package vn.ward57.feedback.domain;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.feedback.Feedback;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/**
 * Moderation: an officer who handles the ward's feedback publishes an item once its content may be shown (the
 * receipt page and Open311 show it from then on), or withdraws it; nothing a resident sends is public before.
 * As every change of an item, by its unit (an item of no unit by the ward's officers not limited to a unit).
 */
@Service
@Transactional
public class FeedbackPublishing {

    private final WardAccess access;
    private final FeedbackService feedback;
    private final FeedbackRepository items;
    private final ApplicationEventPublisher events;

    FeedbackPublishing(WardAccess access, FeedbackService feedback, FeedbackRepository items,
                       ApplicationEventPublisher events) {
        this.access = access;
        this.feedback = feedback;
        this.items = items;
        this.events = events;
    }

    /** Publishes the item (shown) or withdraws it; publishing it again keeps who published it first. */
    @PreAuthorize("@access.enterData(#ward)")
    public Feedback publish(Ward ward, long id, boolean shown) {
        Feedback before = feedback.get(ward, id);
        access.editUnit(ward, before.unitCode());
        if (before.isPublic() == shown) {
            return before;
        }
        items.publish(ward.id().value(), id, shown ? CurrentActor.name() : null);
        Feedback after = feedback.get(ward, id);
        events.publishEvent(ChangeRecorded.updated("feedback_item", String.valueOf(id), ward, before, after));
        return after;
    }
}
