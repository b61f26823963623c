package vn.ward57.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figures an officer typed into the narrative instead of inserting them ("Tổng số nhiệm vụ được
 * giao: 35") and compares them with the report's figure, which the generated text and the appendix state.
 * Only phrases the seeds use are recognised; a typed number elsewhere is the officer's own.
 */
final class BodyFigureCheck {

    private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?";

    /** figure key → a phrase followed (or, for "N Tổ …", preceded) by the number the text states. */
    private static final List<Phrase> PHRASES = List.of(
            after("task.assigned", "nhiệm vụ được giao"),
            after("task.overdue", "nhiệm vụ quá hạn chưa hoàn thành"),
            after("feedback.received", "PAKN, SKGP đã nhận được"),
            after("feedback.resolved", "PAKN, SKGP đã giải quyết"),
            after("feedback.backlog", "PAKN, SKGP tồn đọng"),
            after("dossier.received", "tổng số hồ sơ tiếp nhận"),
            after("procedure.total", "tổng số thủ tục hành chính"),
            after("staff.allotted", "biên chế được giao"),
            before("community.teams", "tổ công nghệ số cộng đồng"));

    private record Phrase(String key, Pattern pattern) {
    }

    private BodyFigureCheck() {
    }

    private static Phrase after(String key, String phrase) {
        return new Phrase(key, Pattern.compile(Pattern.quote(phrase) + "[^0-9\\n]{0,12}?" + NUMBER,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private static Phrase before(String key, String phrase) {
        return new Phrase(key, Pattern.compile("(?<![\\d.,])" + NUMBER + "\\s+" + Pattern.quote(phrase),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** @param text the section's words without its live fields */
    static List<CheckProblem> check(String heading, String text, Map<String, ReportContent.Figure> figures) {
        List<CheckProblem> problems = new ArrayList<>();
        for (Phrase phrase : PHRASES) {
            ReportContent.Figure figure = figures.get(phrase.key());
            if (figure == null || figure.value() == null) {
                continue;
            }
            Matcher m = phrase.pattern().matcher(text);
            while (m.find()) {
                BigDecimal typed = new BigDecimal(m.group(1).replace(".", "") + (m.group(2) == null ? "" : "." + m.group(2)));
                if (typed.compareTo(figure.value()) != 0) {
                    problems.add(new CheckProblem("BODY_FIGURE", CheckProblem.Severity.HIGH,
                            "Mục “%s” ghi %s là %s, nhưng số liệu của kỳ (và phụ lục) là %s. Hãy chèn trường số liệu thay cho số gõ tay."
                                    .formatted(heading, figure.label().toLowerCase(java.util.Locale.forLanguageTag("vi")),
                                            m.group(1) + (m.group(2) == null ? "" : "," + m.group(2)), figure.text()),
                            figure.link()));
                }
            }
        }
        return problems;
    }
}
