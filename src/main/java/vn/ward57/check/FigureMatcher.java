package vn.ward57.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which known figure a number names: one whose name (or synonym) has every word in the number's context, of
 * the same measure, and which explains every qualifier of the context ("trực tuyến", "quá hạn", …), so the
 * dossiers received online never pass for the dossiers received. The longest name wins; when the words also
 * name another figure that the longest name does not hold, the number is not matched at all.
 */
final class FigureMatcher {

    private FigureMatcher() {
    }

    private record Named(KnownFigure figure, Set<String> words) {
    }

    static KnownFigure match(Mention m, List<KnownFigure> figures) {
        Set<String> context = new HashSet<>(Words.tokens(m.context()));
        List<Named> matches = new ArrayList<>();
        for (KnownFigure f : figures) {
            if (f.measure() != m.measure() || f.value() == null) {
                continue;
            }
            for (String name : f.names()) {
                Set<String> words = new HashSet<>(Words.tokens(name));
                String padded = Words.phrase(name);
                boolean explains = m.qualifiers().stream().allMatch(q -> Words.containsPhrase(padded, q));
                if (context.containsAll(words) && explains) {
                    matches.add(new Named(f, words));
                }
            }
        }
        Named best = matches.stream().max(Comparator.comparingInt(n -> n.words().size())).orElse(null);
        if (best == null) {
            return null;
        }
        // another figure named by words the best name does not hold: the sentence names two things, no match
        boolean ambiguous = matches.stream().anyMatch(n -> n.figure() != best.figure() && !best.words().containsAll(n.words()));
        return ambiguous ? null : best.figure();
    }
}
