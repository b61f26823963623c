package vn.ward57.reportcheck.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ward57.common.table.TableExport;
import vn.ward57.common.web.Messages;
import vn.ward57.reportcheck.ReportCheck;
import vn.ward57.reportcheck.ReportCheckFinding;
import vn.ward57.reportcheck.domain.ReportChecks;

/** The result page of a check (a ward's or a province's) and its findings as a spreadsheet, filtered alike. */
@Component
class ReportCheckPages {

    static final List<String> KINDS = List.of("SUM", "RATE", "DOUBLE_COUNT", "REPEATED_FIGURE", "DATE", "MAGNITUDE",
            "SYSTEM_MISMATCH", "TABLE_TEXT", "FORMAT");
    static final List<String> SEVERITIES = List.of("HIGH", "MEDIUM", "LOW");

    private final ReportChecks checks;
    private final Messages messages;

    ReportCheckPages(ReportChecks checks, Messages messages) {
        this.checks = checks;
        this.messages = messages;
    }

    /** A finding with its number in the whole list, so that a filter keeps each finding's number. */
    public record Numbered(int number, ReportCheckFinding finding) {

        /** The quote before the marked number, the number, and what follows: the page marks the middle. */
        public String before() {
            return finding.quote().substring(0, from());
        }

        public String marked() {
            return finding.quote().substring(from(), to());
        }

        public String after() {
            return finding.quote().substring(to());
        }

        private int from() {
            return Math.clamp(finding.location().markFrom(), 0, finding.quote().length());
        }

        private int to() {
            return Math.clamp(finding.location().markTo(), from(), finding.quote().length());
        }
    }

    /** The filter a page applies: a kind and a severity, each blank for all. */
    public record Filter(String kind, String severity) {

        public Filter {
            kind = kind != null && KINDS.contains(kind) ? kind : null;
            severity = severity != null && SEVERITIES.contains(severity) ? severity : null;
        }

        public boolean keeps(ReportCheckFinding f) {
            return (kind == null || kind.equals(f.kind())) && (severity == null || severity.equals(f.severity()));
        }
    }

    static List<Numbered> numbered(ReportCheck check, Filter filter) {
        List<Numbered> out = new ArrayList<>();
        for (int i = 0; i < check.findings().size(); i++) {
            if (filter.keeps(check.findings().get(i))) {
                out.add(new Numbered(i + 1, check.findings().get(i)));
            }
        }
        return out;
    }

    /** Fills the result page: the check, its filtered findings, the counts for the filters, the marked text. */
    void result(Model model, ReportCheck check, Filter filter, String base) {
        List<Numbered> shown = numbered(check, filter);
        Map<String, Long> kinds = new LinkedHashMap<>();
        KINDS.forEach(k -> kinds.put(k, check.findings().stream().filter(f -> f.kind().equals(k)).count()));
        List<HighlightedText.Mark> marks = shown.stream().map(n -> new HighlightedText.Mark(
                n.finding().location().block(), n.finding().location().start(), n.finding().location().end(),
                n.number(), n.finding().severity())).toList();
        model.addAttribute("check", check);
        model.addAttribute("filter", filter);
        model.addAttribute("findings", shown);
        model.addAttribute("kindCounts", kinds);
        model.addAttribute("severities", SEVERITIES);
        model.addAttribute("text", HighlightedText.of(checks.text(check), marks));
        model.addAttribute("base", base);
    }

    /** The filtered findings as XLSX: one row each, with where it stands and what is wrong. */
    ResponseEntity<byte[]> xlsx(ReportCheck check, Filter filter) {
        List<String> headers = List.of(messages.get("report-check.col.number"), messages.get("report-check.col.severity"),
                messages.get("report-check.col.kind"), messages.get("report-check.col.place"),
                messages.get("report-check.col.heading"), messages.get("report-check.col.quote"),
                messages.get("report-check.col.numbers"), messages.get("report-check.col.explanation"),
                messages.get("report-check.col.expected"));
        List<List<Object>> rows = numbered(check, filter).stream().map(n -> {
            ReportCheckFinding f = n.finding();
            List<Object> row = new ArrayList<>();
            row.add(n.number());
            row.add(messages.get("report.severity." + f.severity()));
            row.add(messages.get("report-check.kind." + f.kind()));
            row.add(f.location().place());
            row.add(f.location().heading());
            row.add(f.quote());
            row.add(String.join("; ", f.numbers()));
            row.add(f.explanation());
            row.add(f.expected());
            return row;
        }).toList();
        return TableExport.download("xlsx", "kiem-tra-bao-cao-" + check.id(), headers, rows);
    }
}
