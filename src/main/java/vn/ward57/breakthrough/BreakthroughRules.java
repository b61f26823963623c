package vn.ward57.breakthrough;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.ward57.breakthrough.domain.BreakthroughRepository;
import vn.ward57.common.error.InvalidInputException;

/**
 * The rules of a model as entered: the Phụ lục IX columns a report cannot leave empty (problem, solution,
 * quantified result, contact) and the register's own (code, title), lengths, and links to the ward's own
 * tasks and indicators only.
 */
final class BreakthroughRules {

    private static final String P = "breakthrough";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+ ().-]{6,30}");
    private static final Pattern CODE = Pattern.compile("[\\p{L}0-9._-]+");

    private BreakthroughRules() {
    }

    /** The links a model may have: the ids of the ward's tasks and the codes of its indicators. */
    record Links(String wardName, Set<Long> taskIds, Set<String> indicatorCodes) {
    }

    record Checked(BreakthroughRepository.Values values, List<Long> taskIds, List<String> indicatorCodes) {
    }

    static Checked check(BreakthroughForm f, Links links) {
        if (f == null) {
            throw new InvalidInputException("breakthrough.required", "code", Texts.label(P, "code"));
        }
        String code = Texts.required(f.code(), P, "code", 40);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException("breakthrough.bad-code", "code", code);
        }
        String title = Texts.required(f.title(), P, "title", 300);
        String field = Texts.optional(f.field(), P, "field", 200);
        String problem = Texts.required(f.problem(), P, "problem", 4000);
        String solution = Texts.required(f.solution(), P, "solution", 4000);
        String mechanisms = Texts.optional(f.mechanismsResources(), P, "mechanismsResources", 4000);
        String costAndTime = Texts.optional(f.costAndTime(), P, "costAndTime", 1000);
        if (f.costVnd() != null && f.costVnd() < 0) {
            throw new InvalidInputException("breakthrough.negative-cost", "costVnd", String.valueOf(f.costVnd()));
        }
        String result = Texts.required(f.quantifiedResult(), P, "quantifiedResult", 4000);
        String impact = Texts.optional(f.impact(), P, "impact", 4000);
        String lessons = Texts.optional(f.lessonsAndScaling(), P, "lessonsAndScaling", 4000);
        String risks = Texts.optional(f.risks(), P, "risks", 2000);
        String headRole = Texts.optional(f.headRole(), P, "headRole", 1000);
        String contactName = Texts.required(f.contactName(), P, "contactName", 300);
        String phone = Texts.optional(f.contactPhone(), P, "contactPhone", 30);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidInputException("breakthrough.bad-phone", "contactPhone", phone);
        }
        String email = Texts.optional(f.contactEmail(), P, "contactEmail", 200);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("breakthrough.bad-email", "contactEmail", email);
        }
        if (f.reportYear() != null && (f.reportYear() < 2000 || f.reportYear() > 2100)) {
            throw new InvalidInputException("breakthrough.bad-year", "reportYear", String.valueOf(f.reportYear()));
        }
        BreakthroughStatus status = Texts.choice(BreakthroughStatus.class, f.status(), "status",
                BreakthroughStatus.RUNNING);
        List<Long> tasks = new ArrayList<>(new LinkedHashSet<>(f.taskIds() == null ? List.of() : f.taskIds()));
        for (Long task : tasks) {
            if (task == null || !links.taskIds().contains(task)) {
                throw new InvalidInputException("breakthrough.foreign-task", "taskIds", String.valueOf(task),
                        links.wardName());
            }
        }
        List<String> indicators = new ArrayList<>();
        for (String raw : f.indicatorCodes() == null ? List.<String>of() : f.indicatorCodes()) {
            String indicator = raw == null ? "" : raw.strip();
            if (!links.indicatorCodes().contains(indicator)) {
                throw new InvalidInputException("breakthrough.foreign-indicator", "indicatorCodes", indicator,
                        links.wardName());
            }
            if (!indicators.contains(indicator)) {
                indicators.add(indicator);
            }
        }
        return new Checked(new BreakthroughRepository.Values(code, title, field, problem, solution, mechanisms,
                costAndTime, f.costVnd(), result, impact, lessons, risks, headRole, contactName, phone, email,
                f.startedOn(), status.name(), f.reportYear()), tasks, indicators);
    }
}
