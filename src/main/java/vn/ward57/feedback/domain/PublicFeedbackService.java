package vn.ward57.feedback.domain;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.WardTime;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.files.OfficeFiles;
import vn.ward57.feedback.Category;
import vn.ward57.feedback.FeedbackChannel;
import vn.ward57.feedback.FeedbackState;
import vn.ward57.feedback.PublicFeedback;
import vn.ward57.feedback.PublicFile;
import vn.ward57.feedback.PublicSubmission;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Ward;

/**
 * The residents' side, with no account: the public form (góp ý), the receipt lookup and the Open311 view.
 * Only items an officer published are shown (the address only if the resident agreed), never a name or
 * phone; the receipt of an item sent on the form shows its state before that. Anyone may open these pages,
 * so the ward is looked up here ({@link #ward}: unknown is 404), not read-checked as an officer's is.
 */
@Service
@Transactional(readOnly = true)
public class PublicFeedbackService {

    /** Only images and PDF on the public form: nothing a browser might run or an office suite open. */
    private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "png", "image/png", "gif", "image/gif", "webp", "image/webp");
    private static final int MAX_FILES = 3;

    private final OrgLookup org;
    private final CategoryRepository categories;
    private final FeedbackRepository items;
    private final Intake intake;
    private final RateLimit limit;
    private final long maxBytes;

    PublicFeedbackService(OrgLookup org, CategoryRepository categories, FeedbackRepository items, Intake intake,
                          RateLimit limit, @Value("${ward57.feedback.public-max-bytes:5242880}") long maxBytes) {
        this.org = org;
        this.categories = categories;
        this.items = items;
        this.intake = intake;
        this.limit = limit;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The ward an Open311 client means: the one named, or the only one when it names none. */
    public Ward jurisdiction(String jurisdictionId) {
        if (jurisdictionId != null && !jurisdictionId.isBlank()) {
            return ward(jurisdictionId.strip());
        }
        List<String> codes = items.someWardCodes();
        if (codes.size() != 1) {
            throw new InvalidInputException("feedback.jurisdiction-required", "jurisdiction_id");
        }
        return ward(codes.getFirst());
    }

    /** The ward of a public page's address, with no account to check: 404 when there is none. */
    public Ward ward(String wardCode) {
        return org.ward(wardCode).orElseThrow(() -> new NotFoundException("ward.not-found", null, wardCode));
    }

    public List<Category> categories(Ward ward) {
        return FeedbackService.categories(categories, ward);
    }

    /**
     * Takes a submission in: the receipt code, or empty when the honeypot was filled (a bot: answered as if
     * accepted, nothing written). Refused with a message when empty, too long, with a wrong or too large
     * file, or the address sent too many within the hour.
     */
    @Transactional
    public Optional<String> submit(Ward ward, PublicSubmission s, List<PublicFile> files, String client) {
        if (s.website() != null && !s.website().isBlank()) {
            return Optional.empty();
        }
        if (s.content() == null || s.content().isBlank()) {
            throw new InvalidInputException("feedback.content-required", "content");
        }
        List<PublicFile> sent = files == null ? List.of()
                : files.stream().filter(f -> f != null && f.bytes() != null && f.bytes().length > 0).toList();
        if (sent.size() > MAX_FILES) {
            throw new InvalidInputException("feedback.too-many-files", "files", String.valueOf(MAX_FILES));
        }
        for (PublicFile f : sent) {
            type(f);
            if (f.bytes().length > maxBytes) {
                throw new InvalidInputException("feedback.file-too-large", "files", OfficeFiles.name(f.name()),
                        String.valueOf(maxBytes / (1024 * 1024)));
            }
        }
        // counted last so a form refused for its content does not use up the resident's hour
        if (!limit.tryAcquire(client)) {
            throw new InvalidInputException("feedback.rate-limited", "content", String.valueOf(limit.perHour()));
        }
        long wardId = ward.id().value();
        // not public until an officer has read it and published it
        var written = intake.write(wardId, FeedbackChannel.PUBLIC_FORM, WardTime.today(), s.category(), s.content(),
                s.address(), s.name(), s.phone(), null, null, Boolean.TRUE.equals(s.addressConsent()), null, Intake.PUBLIC_FORM);
        for (PublicFile f : sent) {
            String name = OfficeFiles.name(f.name());
            items.attach(wardId, written.id(), name, type(f), f.bytes(), sha256(f.bytes()));
        }
        return Optional.of(written.code());
    }

    /**
     * An item by its receipt code, for the receipt page: a published one, or one sent on the public form
     * (its state and dates only until it is published, as the codes follow one another).
     */
    public PublicFeedback lookup(Ward ward, String code) {
        return find(ward, code, r -> r.isPublic() || FeedbackChannel.PUBLIC_FORM.name().equals(r.channel()));
    }

    /** A published item by its code (Open311). */
    public PublicFeedback published(Ward ward, String code) {
        return find(ward, code, FeedbackRepository.Row::isPublic);
    }

    private PublicFeedback find(Ward ward, String code, Predicate<FeedbackRepository.Row> shown) {
        return items.findByCode(ward.id().value(), code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .filter(shown).map(PublicFeedbackService::describe)
                .orElseThrow(() -> new NotFoundException("feedback.code-not-found", null, code));
    }

    /** The ward's published items, the newest first (Open311 requests.json). */
    public List<PublicFeedback> publicItems(Ward ward) {
        return items.list(ward.id().value(), new FeedbackRepository.Filter(null, null, null, null, null, true))
                .stream().map(PublicFeedbackService::describe).toList();
    }

    static PublicFeedback describe(FeedbackRepository.Row r) {
        boolean shown = r.isPublic();
        return new PublicFeedback(r.code(), r.categoryCode(), r.categoryName(), shown ? r.content() : null,
                shown && r.addressConsent() ? r.address() : null, r.receivedOn(), r.dueOn(),
                FeedbackState.valueOf(r.state()), shown ? r.answer() : null, r.answeredOn(),
                shown ? r.transferredTo() : null, r.unitName(), r.receivedAt(), r.updatedAt(), shown);
    }

    private static String type(PublicFile f) {
        String name = OfficeFiles.name(f.name());
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new InvalidInputException("feedback.public-bad-type", "files", name);
        }
        return type;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
