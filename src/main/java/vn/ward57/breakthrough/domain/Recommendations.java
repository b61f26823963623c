package vn.ward57.breakthrough.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.breakthrough.FollowUpForm;
import vn.ward57.breakthrough.Recommendation;
import vn.ward57.breakthrough.RecommendationFilter;
import vn.ward57.breakthrough.RecommendationForm;
import vn.ward57.breakthrough.RecommendationScope;
import vn.ward57.breakthrough.RecommendationStatus;
import vn.ward57.common.WardTime;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.Ward;

/**
 * Recommendations of a ward and their follow-up; every status change is logged with who, when and why. The
 * ward's own register (a recommendation belongs to no unit), kept by its officers not limited to a unit.
 */
@Service
@Transactional(readOnly = true)
public class Recommendations {

    private final RecommendationRepository recommendations;
    private final ApplicationEventPublisher events;

    Recommendations(RecommendationRepository recommendations, ApplicationEventPublisher events) {
        this.recommendations = recommendations;
        this.events = events;
    }

    /** Every recommendation with all Phụ lục X columns: the ward's own (SELF) first, then HIGHER, by code. */
    public List<Recommendation> list(Ward ward) {
        return list(ward, RecommendationFilter.none(), WardTime.today());
    }

    /** The list narrowed; overdue as of asOf (a deadline before that day, still open). */
    public List<Recommendation> list(Ward ward, RecommendationFilter filter, LocalDate asOf) {
        RecommendationFilter f = filter == null ? RecommendationFilter.none() : filter;
        String scope = blank(f.scope()) ? null : Texts.choiceOrThrow(RecommendationScope.class, f.scope(), "scope").name();
        String status = blank(f.status()) ? null
                : Texts.choiceOrThrow(RecommendationStatus.class, f.status(), "status").name();
        return recommendations.list(ward.id().value(), scope, status, f.overdue(), asOf, f.q()).stream()
                .map(r -> describe(r, ward, asOf)).toList();
    }

    public Recommendation get(Ward ward, long id) {
        return recommendations.find(ward.id().value(), id).map(r -> describe(r, ward, WardTime.today()))
                .orElseThrow(() -> new NotFoundException("recommendation.not-found", null, String.valueOf(id),
                        ward.name()));
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public Recommendation create(Ward ward, RecommendationForm form) {
        RecommendationRepository.Values v = checked(form);
        if (recommendations.idOf(ward.id().value(), v.code()).isPresent()) {
            throw new InvalidInputException("recommendation.code-taken", "code", v.code(), ward.name());
        }
        RecommendationStatus status = v.status() == null ? RecommendationStatus.PROPOSED
                : RecommendationStatus.valueOf(v.status());
        long id = recommendations.insert(ward.id().value(), withStatus(v, status));
        recommendations.logFollowUp(id, status.name(), WardTime.today(), null, CurrentActor.name());
        Recommendation created = get(ward, id);
        events.publishEvent(ChangeRecorded.created("recommendation", String.valueOf(id), ward, created));
        return created;
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public Recommendation update(Ward ward, long id, RecommendationForm form) {
        Recommendation before = get(ward, id);
        RecommendationRepository.Values v = checked(form);
        if (recommendations.idOf(ward.id().value(), v.code()).filter(other -> other != id).isPresent()) {
            throw new InvalidInputException("recommendation.code-taken", "code", v.code(), ward.name());
        }
        RecommendationStatus status = v.status() == null ? before.status() : RecommendationStatus.valueOf(v.status());
        RecommendationRules.checkMove(before.status(), status);
        recommendations.update(id, withStatus(v, status));
        if (status != before.status()) {
            recommendations.logFollowUp(id, status.name(), WardTime.today(), null, CurrentActor.name());
        }
        return changed(ward, before);
    }

    /** Logs a follow-up entry, moving the status when a new one is given. */
    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public Recommendation followUp(Ward ward, long id, FollowUpForm form) {
        Recommendation before = get(ward, id);
        FollowUpForm f = form == null ? new FollowUpForm(null, null, null) : form;
        Texts t = new Texts("recommendation");
        RecommendationStatus status = t.choice(RecommendationStatus.class, f.status(), "status", before.status());
        String note = t.optional(f.note(), "note", 2000);
        Texts.throwFirst(t.faults());
        RecommendationRules.checkMove(before.status(), status);
        LocalDate onDate = f.onDate() == null ? WardTime.today() : f.onDate();
        if (onDate.isAfter(WardTime.today())) {
            throw new InvalidInputException("recommendation.future-follow-up", "onDate");
        }
        if (status == before.status() && note == null) {
            throw new InvalidInputException("breakthrough.required", "note", Texts.label("recommendation", "note"));
        }
        recommendations.update(id, new RecommendationRepository.Values(before.code(), before.content(),
                before.decidingAuthority(), before.leadBody(), before.coordinatingBodies(), before.expectedOutput(),
                before.deadline(), before.deadlineText(), before.scope().name(), status.name()));
        recommendations.logFollowUp(id, status.name(), onDate, note, CurrentActor.name());
        return changed(ward, before);
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public Recommendation delete(Ward ward, long id) {
        Recommendation before = get(ward, id);
        recommendations.delete(id);
        events.publishEvent(ChangeRecorded.deleted("recommendation", String.valueOf(id), ward, before));
        return before;
    }

    private Recommendation changed(Ward ward, Recommendation before) {
        Recommendation after = get(ward, before.id());
        events.publishEvent(ChangeRecorded.updated("recommendation", String.valueOf(before.id()), ward,
                before, after));
        return after;
    }

    private static RecommendationRepository.Values withStatus(RecommendationRepository.Values v,
                                                              RecommendationStatus status) {
        return new RecommendationRepository.Values(v.code(), v.content(), v.decidingAuthority(), v.leadBody(),
                v.coordinatingBodies(), v.expectedOutput(), v.deadline(), v.deadlineText(), v.scope(), status.name());
    }

    private static RecommendationRepository.Values checked(RecommendationForm form) {
        RecommendationRules.Checked checked = RecommendationRules.check(form);
        Texts.throwFirst(checked.faults());
        return checked.values();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private Recommendation describe(RecommendationRepository.Row r, Ward ward, LocalDate asOf) {
        RecommendationStatus status = RecommendationStatus.valueOf(r.status());
        boolean overdue = status.open() && r.deadline().isBefore(asOf);
        List<Recommendation.FollowUp> log = recommendations.followUps(r.id()).stream()
                .map(f -> new Recommendation.FollowUp(RecommendationStatus.valueOf(f.status()), f.onDate(), f.note(),
                        f.actor(), f.recordedAt())).toList();
        return new Recommendation(r.id(), ward.code(), r.code(), r.content(), r.decidingAuthority(), r.leadBody(),
                r.coordinatingBodies(), r.expectedOutput(), r.deadline(), r.deadlineText(),
                RecommendationScope.valueOf(r.scope()), status, overdue, log);
    }
}
