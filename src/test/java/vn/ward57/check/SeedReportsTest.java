package vn.ward57.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine on the five real ward reports in ../shared/seeds (skipped where the folder is absent): prints every
 * finding for a reader to judge, and asserts the errors named in DOMAIN.md are found in the seeds that hold them.
 * No phrase of a seed is known to the engine.
 */
class SeedReportsTest {

    private static final Path SEEDS = Path.of("../shared/seeds");

    private static List<Finding> check(String prefix) throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "no seeds folder");
        Path file;
        try (Stream<Path> files = Files.list(SEEDS)) {
            file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
        List<Finding> findings = TextChecker.check(CheckedText.ofPlainText(Files.readString(file, StandardCharsets.UTF_8)),
                KnownFigures.none());
        System.out.println("=== " + file.getFileName() + ": " + findings.size() + " findings");
        for (Finding f : findings) {
            System.out.println("[" + f.severity() + " " + f.kind() + "] " + f.explanation() + "\n    ¶" + f.location().block()
                    + " " + f.location().heading() + "\n    " + f.markedQuote());
        }
        return findings;
    }

    @Test
    void seed000AnHaiDaNangResults() throws IOException {
        check("000");
    }

    @Test
    void seed001AnHaiPlan() throws IOException {
        check("001");
    }

    @Test
    void seed002AnHaiHaiPhongResults() throws IOException {
        List<Finding> f = check("002");
        // received 11.962 ≠ resolved 11.766 + pending 196 + withdrawn 96; the wrong date of Resolution 57
        assertThat(f).anyMatch(x -> x.kind() == Finding.Kind.SUM && x.numbers().contains("11.962"));
        assertThat(f).anyMatch(x -> x.kind() == Finding.Kind.DATE && x.numbers().contains("10/6/2024"));
    }

    @Test
    void seed003AnHaiBudgetPlan() throws IOException {
        check("003");
    }

    @Test
    void seed004TrungThanhReview() throws IOException {
        List<Finding> f = check("004");
        assertThat(f).anyMatch(x -> x.kind() == Finding.Kind.REPEATED_FIGURE && x.numbers().containsAll(List.of("162", "160")));
        assertThat(f).anyMatch(x -> x.kind() == Finding.Kind.DOUBLE_COUNT && x.numbers().containsAll(List.of("12.456", "98")));
        assertThat(f).anyMatch(x -> x.kind() == Finding.Kind.MAGNITUDE && x.numbers().contains("1.056.000 đồng"));
        assertThat(f).anyMatch(x -> x.kind() == Finding.Kind.TABLE_TEXT && x.numbers().containsAll(List.of("0", "1.615")));
    }
}
