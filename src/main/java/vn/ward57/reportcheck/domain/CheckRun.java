package vn.ward57.reportcheck.domain;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.check.Block;
import vn.ward57.check.CheckedText;
import vn.ward57.check.Finding;
import vn.ward57.check.KnownFigures;
import vn.ward57.check.ReportReader;
import vn.ward57.check.TextChecker;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.Texts;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.reportcheck.CheckedBlock;
import vn.ward57.reportcheck.ReportCheckFinding;

/**
 * One check: the file read into text, the report's period (the one chosen, else the one its opening states),
 * the checker run with the ward's figures of that period when the report is a ward's, and what is stored.
 */
@Component
class CheckRun {

    private static final TypeReference<List<ReportCheckFinding>> FINDINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<CheckedBlock>> BLOCKS = new TypeReference<>() {
    };

    private final JsonMapper json;

    CheckRun(JsonMapper json) {
        this.json = json;
    }

    /** The ward a report is checked for: its key, its name and its province's, and its figures of a period. */
    public record Ward(long key, String name, String provinceName,
                       BiFunction<LocalDate, LocalDate, KnownFigures> figures) {
    }

    /**
     * @param wardOf the ward whose report it is, given the text read (a province's upload names none), or null
     * @param period the period chosen ("Quý IV/2026", "2026-11"), or blank to read it from the report
     * @throws vn.ward57.common.error.InvalidInputException when the file cannot be read or the period is bad
     */
    public ReportCheckRepository.Stored check(String fileName, InputStream content, String period,
                                              Function<List<Block>, Ward> wardOf) {
        ReportingPeriod chosen = Texts.blankToNull(period) == null ? null : ReportingPeriod.parse(period);
        if (content == null) {
            throw new InvalidInputException("report-check.file-required", "file");
        }
        CheckedText text = ReportReader.read(fileName, content);
        return check(fileName, text, chosen == null ? null : chosen.from(), chosen == null ? null : chosen.to(),
                wardOf.apply(text.blocks()));
    }

    /** A text already read (a FINAL report of ward57), for a period already known or else read from it. */
    public ReportCheckRepository.Stored check(String fileName, CheckedText text, LocalDate from, LocalDate to,
                                              Ward ward) {
        boolean found = false;
        if (from == null) {
            Optional<StatedPeriod.Found> stated = StatedPeriod.of(text.blocks());
            from = stated.map(StatedPeriod.Found::from).orElse(null);
            to = stated.map(StatedPeriod.Found::to).orElse(null);
            found = stated.isPresent();
        }
        boolean another = ward != null && NamedWard.another(text.blocks(), ward.name(), ward.provinceName());
        KnownFigures known = ward == null || from == null || another ? KnownFigures.none()
                : ward.figures().apply(from, to);
        List<Finding> findings = TextChecker.check(text, known);
        List<ReportCheckFinding> out = findings.stream().map(f -> finding(f, text.blocks())).toList();
        int high = count(findings, Finding.Severity.HIGH);
        int medium = count(findings, Finding.Severity.MEDIUM);
        String name = fileName == null || fileName.isBlank() ? "bao-cao" : fileName.strip();
        return new ReportCheckRepository.Stored(ward == null ? null : ward.key(),
                name.length() > 300 ? name.substring(0, 300) : name, from, to, found, another,
                json.writeValueAsString(blocks(text)), json.writeValueAsString(out), high, medium,
                findings.size() - high - medium, CurrentActor.name(),
                CurrentActor.find().map(a -> a.fullName()).orElse(CurrentActor.name()));
    }

    public List<ReportCheckFinding> findings(String stored) {
        return json.readValue(stored, FINDINGS);
    }

    public List<CheckedBlock> blocks(String stored) {
        return json.readValue(stored, BLOCKS);
    }

    private static List<CheckedBlock> blocks(CheckedText text) {
        return text.blocks().stream().map(b -> new CheckedBlock(b.heading(), b.text(),
                b.place() == null ? null : b.place().text(), b.rows())).toList();
    }

    private static ReportCheckFinding finding(Finding f, List<Block> blocks) {
        Finding.Location at = f.location();
        Block block = at.block() >= 0 && at.block() < blocks.size() ? blocks.get(at.block()) : null;
        String place = block == null || block.place() == null ? null : block.place().text();
        return new ReportCheckFinding(f.severity().name(), f.kind().name(), f.quote(),
                new ReportCheckFinding.Location(place, at.heading(), at.block(), at.start(), at.end(), at.markFrom(),
                        at.markTo()), f.numbers(), f.explanation(), f.expected());
    }

    private static int count(List<Finding> findings, Finding.Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}
