package vn.ward57.report.domain;

import vn.ward57.report.ReportContent;
import vn.ward57.report.Report;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.org.Ward;
import vn.ward57.report.ReportContent.Appendix;
import vn.ward57.report.ReportContent.Figure;
import vn.ward57.report.ReportContent.Section;

/** Puts a report's content together from the data as it is now: figures, sections, appendices, frame. */
@Component
class ReportAssembler {

    /** The appendices without a table: the officer writes them as sections with these keys. */
    static final Map<String, String> APPENDIX_NOTES = Map.of("pl.I", "I", "pl.III", "III", "pl.V", "V",
            "pl.VI", "VI", "pl.VIII", "VIII");

    private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z0-9_.]+)}");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final OperationFigures operations;
    private final CapacityFigures capacity;
    private final Nq57Appendices nq57;
    private final PlanAppendices plan;

    ReportAssembler(OperationFigures operations, CapacityFigures capacity, Nq57Appendices nq57, PlanAppendices plan) {
        this.operations = operations;
        this.capacity = capacity;
        this.nq57 = nq57;
        this.plan = plan;
    }

    /** The figures of the report's period, without sections or appendices (the check and the editor use them). */
    Map<String, Figure> figures(Ward ward, Report report) {
        return collect(ward, report).asMap();
    }

    /** The figures of any period [from, to] (an uploaded report's, issue 24). */
    Map<String, Figure> figures(Ward ward, java.time.LocalDate from, java.time.LocalDate to) {
        return collect(ward, from, to).asMap();
    }

    private FigureSet collect(Ward ward, Report report) {
        return collect(ward, report.from(), report.to());
    }

    private FigureSet collect(Ward ward, java.time.LocalDate from, java.time.LocalDate to) {
        FigureSet f = new FigureSet(ward.code());
        operations.collect(f, ward, from, to);
        capacity.collect(f, ward, new ReportPeriod(from, to));
        return f;
    }

    ReportContent content(Ward ward, Report report, Map<String, String> narratives) {
        FigureSet f = collect(ward, report);
        Map<String, String> notes = new java.util.HashMap<>();
        APPENDIX_NOTES.forEach((key, number) ->
                notes.put(number, Narrative.text(Narrative.withFigures(narratives.get(key), f.asMap()))));
        List<Appendix> appendices = switch (report.kind()) {
            case NQ57_RESULTS -> nq57.build(ward, report.from(), report.to(), f.asMap(), notes);
            case PLAN_BUDGET -> plan.build(ward, report.to().getYear(), f);
            case MONTHLY, WEEKLY_BULLETIN -> List.of();
        };
        Map<String, Figure> figures = f.asMap();
        List<Section> sections = new ArrayList<>();
        for (SectionSpec spec : Outlines.of(report.kind(), report.from().getYear(), report.to().getYear())) {
            sections.add(new Section(spec.key(), spec.level(), spec.heading(),
                    spec.lines().stream().map(line -> fill(line, figures)).toList(),
                    spec.narrative() ? Narrative.withFigures(narratives.get(spec.key()), figures) : "",
                    spec.appendixRef()));
        }
        return new ReportContent(report.kind(), header(report, ward), Map.copyOf(figures), List.copyOf(sections),
                appendices);
    }

    /** A line of the outline with each {figure.key} replaced by the figure's text. */
    static String fill(String line, Map<String, Figure> figures) {
        Matcher m = FIELD.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Figure figure = figures.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(figure == null ? "…" : figure.text()));
        }
        return m.appendTail(out).toString();
    }

    private static ReportContent.Header header(Report r, Ward ward) {
        String number = (r.number() == null || r.number().isBlank() ? "      " : r.number()) + "/" + r.kind().numberSuffix();
        String date = r.issuedOn() == null ? "ngày      tháng      năm " + r.to().getYear() : VietnameseFormat.longDate(r.issuedOn());
        String wardName = ward.name();
        String document = switch (r.kind()) {
            case PLAN_BUDGET -> "Kế hoạch";
            case WEEKLY_BULLETIN -> "Bản tin";
            default -> "Báo cáo";
        };
        String closing = "Trên đây là " + document.toLowerCase(VI) + " " + lowerFirst(r.title()) + " của UBND "
                + lowerFirst(wardName) + "./.";
        boolean tm = r.signerMode() == Report.SignerMode.TM;
        String appendixLine = "(Kèm theo " + document + " số " + number + " "
                + (r.issuedOn() == null ? "ngày      /" + r.to().getYear() : "ngày " + VietnameseFormat.date(r.issuedOn()))
                + " của UBND " + lowerFirst(wardName) + ")";
        List<String> opening = r.opening() == null ? List.of()
                : Arrays.stream(r.opening().split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ReportContent.Header("UBND " + ward.provinceName().toUpperCase(VI),
                "ỦY BAN NHÂN DÂN " + wardName.toUpperCase(VI), "Số: " + number, r.place() + ", " + date,
                r.kind().documentType(), r.title(), opening, closing, r.recipients(),
                tm ? "TM. ỦY BAN NHÂN DÂN" : "KT. CHỦ TỊCH", tm ? "CHỦ TỊCH" : "PHÓ CHỦ TỊCH",
                r.signerName() == null ? "" : r.signerName(), appendixLine);
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? "" : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }
}
