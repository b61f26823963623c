package vn.ward57.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which known figure a number names: one whose name (or synonym) has every word in the number's context, of
 * the same measure, and which explains every qualifier of the context ("trực tuyến", "quá hạn", …), so the
 * dossiers received online never pass for the dossiers received. The longest name wins; a tie is no match.
 */
final class FigureMatcher {

    private FigureMatcher() {
    }

    static KnownFigure match(Mention m, List<KnownFigure> figures) {
        Set<String> context = new HashSet<>(Words.tokens(m.context()));
        KnownFigure best = null;
        int bestLength = 0;
        boolean tie = false;
        for (KnownFigure f : figures) {
            if (f.measure() != m.measure() || f.value() == null) {
                continue;
            }
            for (String name : f.names()) {
                List<String> words = Words.tokens(name);
                String padded = Words.phrase(name);
                boolean explains = m.qualifiers().stream().allMatch(q -> Words.containsPhrase(padded, q));
                if (!context.containsAll(words) || !explains) {
                    continue;
                }
                if (words.size() > bestLength) {
                    best = f;
                    bestLength = words.size();
                    tie = false;
                } else if (words.size() == bestLength && best != f) {
                    tie = true;
                }
            }
        }
        return tie ? null : best;
    }
}
