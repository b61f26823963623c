package vn.ward57.breakthrough.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.ward57.breakthrough.BreakthroughForm;
import vn.ward57.breakthrough.BreakthroughStatus;
import vn.ward57.common.error.InvalidInputException;

/**
 * The rules of a model as entered: the Phụ lục IX columns a report cannot leave empty (problem, solution,
 * quantified result, contact) and the register's own (code, title), lengths, and links to the ward's own
 * tasks and indicators only. Every fault is noted (a file import lists them all).
 */
final class BreakthroughRules {

    static final Pattern CODE = Pattern.compile("[\\p{L}0-9._-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+ ().-]{6,30}");

    private BreakthroughRules() {
    }

    /** The links a model may have: the ids of the ward's tasks and the codes of its indicators. */
    record Links(String wardName, Set<Long> taskIds, Set<String> indicatorCodes) {
    }

    record Checked(BreakthroughRepository.Values values, List<Long> taskIds, List<String> indicatorCodes,
                   List<InvalidInputException> faults) {
    }

    static Checked check(BreakthroughForm form, Links links) {
        BreakthroughForm f = form != null ? form : new BreakthroughForm(null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        Texts t = new Texts("breakthrough");
        String code = t.required(f.code(), "code", 40);
        if (code != null && !CODE.matcher(code).matches()) {
            t.fault("breakthrough.bad-code", "code", code);
        }
        String title = t.required(f.title(), "title", 300);
        String field = t.optional(f.field(), "field", 200);
        String problem = t.required(f.problem(), "problem", 4000);
        String solution = t.required(f.solution(), "solution", 4000);
        String mechanisms = t.optional(f.mechanismsResources(), "mechanismsResources", 4000);
        String costAndTime = t.optional(f.costAndTime(), "costAndTime", 1000);
        if (f.costVnd() != null && f.costVnd() < 0) {
            t.fault("breakthrough.negative-cost", "costVnd", String.valueOf(f.costVnd()));
        }
        String result = t.required(f.quantifiedResult(), "quantifiedResult", 4000);
        String impact = t.optional(f.impact(), "impact", 4000);
        String lessons = t.optional(f.lessonsAndScaling(), "lessonsAndScaling", 4000);
        String risks = t.optional(f.risks(), "risks", 2000);
        String headRole = t.optional(f.headRole(), "headRole", 1000);
        String contactName = t.required(f.contactName(), "contactName", 300);
        String phone = t.optional(f.contactPhone(), "contactPhone", 30);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            t.fault("breakthrough.bad-phone", "contactPhone", phone);
        }
        String email = t.optional(f.contactEmail(), "contactEmail", 200);
        if (email != null && !EMAIL.matcher(email).matches()) {
            t.fault("breakthrough.bad-email", "contactEmail", email);
        }
        if (f.reportYear() != null && (f.reportYear() < 2000 || f.reportYear() > 2100)) {
            t.fault("breakthrough.bad-year", "reportYear", String.valueOf(f.reportYear()));
        }
        BreakthroughStatus status = t.choice(BreakthroughStatus.class, f.status(), "status",
                BreakthroughStatus.RUNNING);
        List<Long> tasks = new ArrayList<>(new LinkedHashSet<>(f.taskIds() == null ? List.of() : f.taskIds()));
        for (Long task : tasks) {
            if (task == null || !links.taskIds().contains(task)) {
                t.fault("breakthrough.foreign-task", "taskIds", String.valueOf(task), links.wardName());
            }
        }
        List<String> indicators = new ArrayList<>();
        for (String raw : f.indicatorCodes() == null ? List.<String>of() : f.indicatorCodes()) {
            String indicator = raw == null ? "" : raw.strip();
            if (!links.indicatorCodes().contains(indicator)) {
                t.fault("breakthrough.foreign-indicator", "indicatorCodes", indicator, links.wardName());
            } else if (!indicators.contains(indicator)) {
                indicators.add(indicator);
            }
        }
        return new Checked(new BreakthroughRepository.Values(code, title, field, problem, solution, mechanisms,
                costAndTime, f.costVnd(), result, impact, lessons, risks, headRole, contactName, phone, email,
                f.startedOn(), status == null ? null : status.name(), f.reportYear()), tasks, indicators, t.faults());
    }
}
