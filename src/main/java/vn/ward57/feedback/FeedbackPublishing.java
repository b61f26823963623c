package vn.ward57.feedback;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.feedback.domain.FeedbackRepository;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/**
 * Moderation: an officer who handles the ward's feedback publishes an item once its content may be shown (the
 * receipt page and Open311 show it from then on), or withdraws it; nothing a resident sends is public before.
 */
@Service
@Transactional
public class FeedbackPublishing {

    private final WardService wards;
    private final FeedbackService feedback;
    private final FeedbackRepository items;
    private final ApplicationEventPublisher events;

    FeedbackPublishing(WardService wards, FeedbackService feedback, FeedbackRepository items,
                       ApplicationEventPublisher events) {
        this.wards = wards;
        this.feedback = feedback;
        this.items = items;
        this.events = events;
    }

    /** Publishes the item (shown) or withdraws it; publishing it again keeps who published it first. */
    public Feedback publish(String wardCode, long id, boolean shown) {
        Ward ward = wards.get(wardCode);
        CurrentActor.requireEnterData(ward.provinceCode(), ward.code());
        Feedback before = feedback.get(wardCode, id);
        if (before.isPublic() == shown) {
            return before;
        }
        items.publish(ward.id().value(), id, shown ? CurrentActor.name() : null);
        Feedback after = feedback.get(wardCode, id);
        events.publishEvent(ChangeRecorded.updated("feedback_item", String.valueOf(id), ward.provinceId(),
                ward.id().value(), before, after));
        return after;
    }
}
