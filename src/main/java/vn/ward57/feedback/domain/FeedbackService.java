package vn.ward57.feedback.domain;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.Texts;
import vn.ward57.common.WardTime;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.files.OfficeFiles;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.feedback.Attachment;
import vn.ward57.feedback.AttachmentFile;
import vn.ward57.feedback.Category;
import vn.ward57.feedback.CategoryForm;
import vn.ward57.feedback.Feedback;
import vn.ward57.feedback.FeedbackChannel;
import vn.ward57.feedback.FeedbackFilter;
import vn.ward57.feedback.FeedbackForm;
import vn.ward57.feedback.FeedbackState;
import vn.ward57.feedback.HistoryEntry;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Unit;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;
import vn.ward57.user.UserAccount;
import vn.ward57.user.UserContacts;

/**
 * The officers' side of feedback. An item belongs to the unit that handles it: a unit officer takes in, moves
 * on, publishes and adds files only to its own unit's items; an item of no unit yet (a resident's, one not
 * assigned) is the ward's (WardAccess.editUnit). The categories are the ward's managers' (WardAccess.manage).
 */
@Service
@Transactional(readOnly = true)
public class FeedbackService {

    private final WardAccess access;
    private final OrgLookup org;
    private final FeedbackRepository items;
    private final CategoryRepository categories;
    private final Intake intake;
    private final OfficeFiles files;
    private final ApplicationEventPublisher events;
    private final UserContacts users;

    FeedbackService(WardAccess access, OrgLookup org, FeedbackRepository items, CategoryRepository categories,
                    Intake intake, OfficeFiles files, ApplicationEventPublisher events, UserContacts users) {
        this.users = users;
        this.access = access;
        this.org = org;
        this.items = items;
        this.categories = categories;
        this.intake = intake;
        this.files = files;
        this.events = events;
    }

    public List<Feedback> list(Ward ward, FeedbackFilter f) {
        FeedbackFilter filter = f == null ? FeedbackFilter.none() : f;
        String state = filter.state() == null || filter.state().isBlank() ? null : parseState(filter.state()).name();
        return items.list(ward.id().value(), new FeedbackRepository.Filter(state, Texts.blankToNull(filter.category()),
                        Texts.blankToNull(filter.unit()),
                        Boolean.TRUE.equals(filter.overdue()) ? WardTime.today() : null,
                        Texts.blankToNull(filter.q()), null))
                .stream().map(FeedbackService::describe).toList();
    }

    public Feedback get(Ward ward, long id) {
        return find(ward, id);
    }

    public List<Category> categories(Ward ward) {
        return categories(categories, ward);
    }

    /** The ward's categories, for the officers' and the residents' side alike. */
    static List<Category> categories(CategoryRepository categories, Ward ward) {
        return categories.list(ward.id().value()).stream()
                .map(c -> new Category(c.code(), c.name(), c.deadlineDays(), c.nq57Area())).toList();
    }

    /** Adds or changes a category (code, name, deadline in working days): the ward's managers (leaders, ward-wide officers). */
    @Transactional
    @PreAuthorize("@access.manage(#ward)")
    public List<Category> saveCategory(Ward ward, CategoryForm form) {
        if (form == null || form.code() == null || !form.code().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,49}")) {
            throw new InvalidInputException("feedback.bad-category-code", "code");
        }
        if (form.name() == null || form.name().isBlank() || form.name().length() > 200) {
            throw new InvalidInputException("feedback.category-name-required", "name");
        }
        if (form.deadlineDays() == null || form.deadlineDays() < 1 || form.deadlineDays() > 365) {
            throw new InvalidInputException("feedback.bad-deadline", "deadlineDays");
        }
        categories.ensureDefaults(ward.id().value());
        categories.save(ward.id().value(), form.code(), form.name().strip(), form.deadlineDays(),
                Boolean.TRUE.equals(form.nq57Area()));
        return categories(ward);
    }

    /** The unit it is taken in for: a unit officer's own, or none (the ward's) for the others only. */
    @Transactional
    @PreAuthorize("@access.editUnit(#ward, #form?.unit())")
    public Feedback create(Ward ward, FeedbackForm form) {
        if (form == null) {
            throw new InvalidInputException("feedback.content-required", "content");
        }
        FeedbackChannel channel = parse(FeedbackChannel.class, form.channel(), "channel");
        if (channel == FeedbackChannel.PUBLIC_FORM) {
            throw new InvalidInputException("feedback.bad-channel", "channel", form.channel());
        }
        var receivedOn = form.receivedOn() == null ? WardTime.today() : form.receivedOn();
        if (receivedOn.isAfter(WardTime.today())) {
            throw new InvalidInputException("feedback.future-date", "receivedOn");
        }
        Long repeatOf = Texts.blankToNull(form.repeatOf()) == null ? null
                : items.findByCode(ward.id().value(), form.repeatOf().strip()).map(FeedbackRepository.Row::id)
                .orElseThrow(() -> new InvalidInputException("feedback.bad-repeat", "repeatOf", form.repeatOf()));
        var written = intake.write(ward.id().value(), channel, receivedOn, form.category(), form.content(),
                form.address(), form.submitterName(), form.submitterPhone(), unitId(ward, form.unit()),
                Boolean.TRUE.equals(form.isPublic()) ? CurrentActor.name() : null, false, repeatOf,
                CurrentActor.name());
        Feedback created = find(ward, written.id());
        events.publishEvent(ChangeRecorded.created("feedback_item", String.valueOf(created.id()), ward, created));
        return created;
    }

    public List<HistoryEntry> history(Ward ward, long id) {
        find(ward, id);
        Map<String, String> names = users.ofWard(ward).stream().filter(u -> u.fullName() != null)
                .collect(Collectors.toMap(UserAccount::username, UserAccount::fullName, (a, b) -> a));
        return items.history(id).stream().map(h -> new HistoryEntry(h.fromState(), h.toState(), h.changedBy(),
                Intake.PUBLIC_FORM.equals(h.changedBy()) ? null : names.getOrDefault(h.changedBy(), h.changedBy()),
                h.changedAt(), h.note())).toList();
    }

    public List<Attachment> attachments(Ward ward, long id) {
        find(ward, id);
        return items.attachments(id);
    }

    public Optional<AttachmentFile> file(Ward ward, long id, long attachmentId) {
        find(ward, id);
        return items.file(id, attachmentId);
    }

    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public void attach(Ward ward, long id, String fileName, InputStream content) {
        access.editUnit(ward, find(ward, id).unitCode());
        OfficeFiles.Upload upload = files.evidence(fileName, content, "file");
        items.attach(ward.id().value(), id, upload.name(), upload.contentType(), upload.bytes(), upload.sha256());
    }

    Long unitId(Ward ward, String unitCode) {
        String code = Texts.blankToNull(unitCode);
        return code == null ? null : org.unit(ward.id(), code).map(Unit::id).map(u -> u.value())
                .orElseThrow(() -> new InvalidInputException("feedback.bad-unit", "unit", code));
    }

    Feedback find(Ward ward, long id) {
        return items.find(ward.id().value(), id).map(FeedbackService::describe)
                .orElseThrow(() -> new NotFoundException("feedback.not-found", null, String.valueOf(id), ward.name()));
    }

    static FeedbackState parseState(String value) {
        return parse(FeedbackState.class, value, "state");
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        E e = Texts.choice(type, value);
        if (e == null) {
            throw new InvalidInputException("feedback.bad-" + field, field, value == null ? "" : value);
        }
        return e;
    }

    static Feedback describe(FeedbackRepository.Row r) {
        FeedbackState state = FeedbackState.valueOf(r.state());
        return new Feedback(r.id(), r.code(), FeedbackChannel.valueOf(r.channel()), r.receivedOn(), r.categoryCode(),
                r.categoryName(), r.content(), r.address(), r.submitterName(), r.submitterPhone(), r.unitCode(),
                r.unitName(), r.dueOn(), state, r.answer(), r.answeredOn(), r.closedOn(), r.satisfied(),
                r.transferredTo(), r.isPublic(), r.publishedBy(), r.addressConsent(), r.repeatOf(),
                state.open() && r.dueOn().isBefore(WardTime.today()), r.version());
    }
}
