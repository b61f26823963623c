package vn.ward57.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks the figures of a text: {@code TextChecker.check(text, figures)} lists every inconsistency, HIGH ones
 * first. Every HIGH finding is an inconsistency the text cannot explain; MEDIUM and LOW ones are worth a look.
 */
public final class TextChecker {

    private static final List<Check> CHECKS = List.of(new SumCheck(), new ShareCheck(), new PercentSharesCheck(),
            new TaskStatusCheck(), new RateCheck(),
            new DoubleCountCheck(), new RepeatedFigureCheck(), new TableTextCheck(), new SystemFigureCheck(),
            new MagnitudeCheck(), new DocumentDateCheck(), new PeriodCheck(), new AppendixCheck(), new DecimalMarkCheck(),
            new DocumentNumberCheck());

    private TextChecker() {
    }

    public static List<Finding> check(CheckedText text, KnownFigures figures) {
        Analysis analysis = Analysis.of(text);
        List<Finding> out = new ArrayList<>();
        for (Check check : CHECKS) {
            for (Finding f : check.run(analysis, figures)) {
                boolean repeated = out.stream().anyMatch(o -> o.kind() == f.kind()
                        && o.location().block() == f.location().block() && o.location().start() == f.location().start());
                if (!repeated) {
                    out.add(f);
                }
            }
        }
        out.sort(Comparator.comparing(Finding::severity).thenComparingInt(f -> f.location().block())
                .thenComparingInt(f -> f.location().start()));
        return out;
    }
}
