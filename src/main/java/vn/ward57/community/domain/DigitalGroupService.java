package vn.ward57.community.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.WardTime;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.community.CommunityFigures;
import vn.ward57.community.Criterion;
import vn.ward57.community.DigitalGroupGrid;
import vn.ward57.community.GroupAssessment;
import vn.ward57.org.Ward;

/**
 * The "Tổ dân phố số" assessment: each residential group against the ward's checklist, per period; entered by
 * every officer of the ward. Wards given here were read-checked by whoever resolved them.
 */
@Service
@Transactional(readOnly = true)
public class DigitalGroupService {

    private final CriterionRepository criteria;
    private final AssessmentRepository assessments;
    private final CommunityFigures figures;
    private final ApplicationEventPublisher events;

    DigitalGroupService(CriterionRepository criteria, AssessmentRepository assessments,
                        CommunityFigures figures, ApplicationEventPublisher events) {
        this.criteria = criteria;
        this.assessments = assessments;
        this.figures = figures;
        this.events = events;
    }

    /** The period to show unless one is asked for: the latest assessed, or the current half-year. */
    public String defaultPeriod(Ward ward) {
        return assessments.latestPeriod(ward.id().value()).orElse(ReportingPeriod.containing(ReportingPeriod.Kind.HALF_YEAR, WardTime.today()).code());
    }

    /** Every group of the ward in the order of their codes, answered or not; period null: the default. */
    public DigitalGroupGrid grid(Ward ward, String period) {
        String code = period == null || period.isBlank() ? defaultPeriod(ward) : ReportingPeriod.parseCalendar(period).code();
        List<Criterion> applied = criteria.ofWard(ward.id().value(), true);
        Map<String, List<AssessmentRepository.Answer>> answers = assessments.answers(ward.id().value(), code, null)
                .stream().collect(Collectors.groupingBy(AssessmentRepository.Answer::groupCode));
        List<GroupAssessment> groups = new ArrayList<>();
        for (var group : assessments.groups(ward.id().value())) {
            groups.add(assessment(group, answers.getOrDefault(group.code(), List.of()), applied));
        }
        return new DigitalGroupGrid(code, applied, groups, figures.digitalGroups(ward, code));
    }

    /** One group's row of the grid. */
    public GroupAssessment group(Ward ward, String groupCode, String period) {
        return group(ward, groupOf(ward, groupCode), ReportingPeriod.parseCalendar(period).code());
    }

    private GroupAssessment group(Ward ward, AssessmentRepository.Group group, String period) {
        return assessment(group, assessments.answers(ward.id().value(), period, group.id()),
                criteria.ofWard(ward.id().value(), true));
    }

    private AssessmentRepository.Group groupOf(Ward ward, String groupCode) {
        return assessments.group(ward.id().value(), groupCode)
                .orElseThrow(() -> new NotFoundException("group.not-found", null, groupCode, ward.name()));
    }

    /** Writes the answers given (criteria of the checklist applied now) and the group's note for the period. */
    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public GroupAssessment assess(Ward ward, String groupCode, String period, GroupAssessment.Form form) {
        String code = ReportingPeriod.parseCalendar(period).code();
        var group = groupOf(ward, groupCode);
        if (form == null || form.met() == null || form.met().isEmpty()) {
            throw new InvalidInputException("community.assessment-empty", "met");
        }
        Map<String, Criterion> applied = criteria.ofWard(ward.id().value(), true).stream()
                .collect(Collectors.toMap(Criterion::code, Function.identity()));
        for (String criterion : form.met().keySet()) {
            if (!applied.containsKey(criterion)) {
                throw new InvalidInputException("community.criterion-unknown", "met", criterion);
            }
        }
        String note = Input.text(form.note(), "note", 1000, false);
        GroupAssessment before = group(ward, group, code);
        form.met().forEach((criterion, met) -> assessments.answer(ward.id().value(), group.id(), code,
                applied.get(criterion).id(), Boolean.TRUE.equals(met), CurrentActor.name()));
        assessments.note(group.id(), code, note);
        GroupAssessment after = group(ward, group, code);
        events.publishEvent(ChangeRecorded.updated("digital_group_assessment",
                ward.code() + "/" + groupCode + "/" + code, ward, before, after));
        return after;
    }

    private static GroupAssessment assessment(AssessmentRepository.Group group,
                                              List<AssessmentRepository.Answer> answers, List<Criterion> applied) {
        Map<String, Boolean> met = new LinkedHashMap<>();
        answers.forEach(a -> met.put(a.criterionCode(), a.met()));
        Map<String, Boolean> byCode = new HashMap<>(met);
        // the same rule as the figure: every criterion applied now answered "met", and at least one
        boolean meetsAll = !answers.isEmpty() && !applied.isEmpty()
                && applied.stream().allMatch(c -> Boolean.TRUE.equals(byCode.get(c.code())));
        var latest = answers.stream().max(java.util.Comparator.comparing(AssessmentRepository.Answer::assessedAt));
        return new GroupAssessment(group.code(), group.name(), met,
                answers.isEmpty() ? null : answers.getFirst().note(), !answers.isEmpty(), meetsAll,
                latest.map(AssessmentRepository.Answer::assessedBy).orElse(null),
                latest.map(AssessmentRepository.Answer::assessedAt).orElse(null));
    }
}
