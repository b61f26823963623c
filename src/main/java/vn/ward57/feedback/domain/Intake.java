package vn.ward57.feedback.domain;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.ward57.common.Texts;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.feedback.FeedbackChannel;
import vn.ward57.feedback.FeedbackState;

/** Writing a new item, shared by the officers' intake and the public form: its code, category and due date. */
@Component
class Intake {

    static final int MAX_CONTENT = 4000;

    private final CategoryRepository categories;
    private final FeedbackRepository items;
    private final WorkingDays days;

    Intake(CategoryRepository categories, FeedbackRepository items, WorkingDays days) {
        this.categories = categories;
        this.items = items;
        this.days = days;
    }

    /** Who a resident's submission on the public form is recorded as: it has no account. */
    static final String PUBLIC_FORM = "gop-y";

    record Written(long id, String code) {
    }

    /**
     * Checks what every channel needs, then writes the item and its first history line; publishedBy is the
     * officer who publishes it at once, or null.
     */
    Written write(long wardId, FeedbackChannel channel, LocalDate receivedOn, String categoryCode, String content,
                  String address, String name, String phone, Long unitId, String publishedBy, boolean addressConsent,
                  Long repeatOf, String who) {
        String text = content == null ? "" : content.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("feedback.content-required", "content");
        }
        if (text.length() > MAX_CONTENT) {
            throw new InvalidInputException("feedback.content-too-long", "content", String.valueOf(MAX_CONTENT),
                    String.valueOf(text.length()));
        }
        check(address, 500, "address");
        check(name, 200, "submitterName");
        if (phone != null && !phone.isBlank() && !phone.strip().matches("[0-9+ ]{1,20}")) {
            throw new InvalidInputException("feedback.bad-phone", "submitterPhone", phone);
        }
        if (categoryCode == null || categoryCode.isBlank()) {
            // the forms start with no category chosen: a missing choice is asked for, never a silent default
            throw new InvalidInputException("feedback.category-required", "category");
        }
        categories.ensureDefaults(wardId);
        CategoryRepository.Row category = categories.find(wardId, categoryCode)
                .orElseThrow(() -> new InvalidInputException("feedback.bad-category", "category", categoryCode));
        LocalDate due = days.plus(receivedOn, category.deadlineDays());
        String code = items.nextCode(wardId, receivedOn.getYear());
        long id = items.insert(wardId, new FeedbackRepository.NewItem(code, channel.name(), receivedOn, category.id(),
                text, Texts.blankToNull(address), Texts.blankToNull(name), Texts.blankToNull(phone), unitId, due,
                publishedBy, addressConsent, repeatOf));
        items.history(wardId, id, null, FeedbackState.RECEIVED.name(), who, channel.label());
        return new Written(id, code);
    }

    private static void check(String value, int max, String field) {
        if (value != null && value.strip().length() > max) {
            throw new InvalidInputException("feedback.too-long", field, String.valueOf(max));
        }
    }
}
