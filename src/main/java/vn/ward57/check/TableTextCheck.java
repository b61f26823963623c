package vn.ward57.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.Finding.Severity;

/**
 * A table cell against the text stating the same quantity: the same counted noun and the same qualifiers
 * ("hồ sơ … trực tiếp"). A cumulative column ("lũy kế") cannot be below what the text counts for a period
 * within it (an appendix with 0 in-person dossiers beside a text with 1.615); a column without a time must
 * equal a text without one (MEDIUM: the table may be of another scope).
 */
final class TableTextCheck implements Check {

    private static final List<String> CUMULATIVE = List.of("lũy kế");

    /** A sentence's number with what it counts, its qualifiers and its words that name something. */
    private record Said(Mention mention, String noun, Set<String> qualifiers, List<String> content) {
    }

    /** Qualifiers that name the time or the ward's own level, not another quantity. */
    private static final Set<String> NEUTRAL = Set.of("lũy kế", "mới");

    @Override
    public List<Finding> run(Analysis text, KnownFigures known) {
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // what each sentence's number counts, worked out once: a long report has thousands of pairs
        List<Said> sentences = text.results().stream()
                .filter(m -> !m.block().isTable() && m.isCount() && m.measure() == Measure.COUNT && !m.says(CUMULATIVE))
                .map(m -> new Said(m, counted(m), qualifiers(m), Words.tokens(m.context()).stream()
                        .filter(t -> !Contexts.EMPTY_WORDS.contains(t)).toList()))
                .filter(said -> said.noun() != null).toList();
        for (Mention cell : text.results()) {
            if (cell.cell() == null || cell.measure() != Measure.COUNT) {
                continue;
            }
            String label = Words.phrase(cell.cell().label());
            boolean cumulative = Words.containsPhrase(label, "lũy kế");
            boolean timed = cumulative || Lexicon.any(label, Lexicon.PERIOD_WORDS);
            String noun = noun(label);
            if (noun == null) {
                continue;
            }
            Set<String> cellQualifiers = qualifiers(cell);
            Set<String> labelWords = new HashSet<>(Words.tokens(label));
            for (Said said : sentences) {
                Mention m = said.mention();
                if (!noun.equals(said.noun()) || !cellQualifiers.equals(said.qualifiers())
                        || said.qualifiers().isEmpty() && !labelWords.containsAll(said.content())) {
                    continue;
                }
                if (cumulative && before(m, cell.cell().label())) {
                    continue;
                }
                boolean wrong = cumulative ? cell.value().compareTo(m.value()) < 0
                        : !timed && m.scope().isEmpty() && cell.value().compareTo(m.value()) != 0;
                if (wrong && seen.add(cell.reading().start() + "|" + m.value())) {
                    out.add(Findings.at(cell, cumulative ? Severity.HIGH : Severity.MEDIUM, Kind.TABLE_TEXT,
                            List.of(cell.raw(), m.raw()), (cumulative
                                    ? "Bảng ghi lũy kế “%s” là %s, ít hơn số %s mà văn bản nêu cho một kỳ trong đó: “%s”."
                                    : "Bảng ghi “%s” là %s, văn bản ghi %s: “%s”.")
                                    .formatted(cell.cell().label(), cell.raw(), m.raw(), m.sentence().text().strip()),
                            cumulative ? null : m.raw()));
                }
            }
        }
        return out;
    }

    /**
     * "Lũy kế đến 30/11/2025" may count from the start of 2025 only: a sentence of a time that ends before the
     * latest year the label names may be of a period outside it.
     */
    private static boolean before(Mention m, String label) {
        if (m.scope().to() == null) {
            return false;
        }
        int year = NumberReader.read(label).stream()
                .mapToInt(r -> r.date() != null ? r.date().getYear()
                        : r.raw().matches("(19|20)\\d{2}") ? Integer.parseInt(r.raw()) : 0)
                .max().orElse(0);
        return m.scope().to().getYear() < year;
    }

    /** A row "Cấp xã" of a ward's own table is the ward itself; a column "Cấp xã" tells it from "Cấp tỉnh". */
    private static Set<String> qualifiers(Mention m) {
        Set<String> q = new HashSet<>(m.qualifiers());
        q.removeAll(NEUTRAL);
        if (m.cell() != null && Words.containsPhrase(Words.phrase(m.cell().rowLabel()), "cấp xã")
                && !Words.containsPhrase(Words.phrase(m.cell().label().replace(m.cell().rowLabel(), "")), "cấp xã")) {
            q.remove("cấp xã");
        }
        return q;
    }

    /**
     * What a sentence's number counts: the noun right after it ("1 nhân viên hỗ trợ … nộp hồ sơ" counts staff, not
     * dossiers), or, with no word after it, the noun its words name.
     */
    private static String counted(Mention m) {
        String text = m.block().text();
        String after = text.substring(m.reading().end(), Math.min(text.length(), m.reading().end() + 30));
        if (!after.matches("(?s)\\s*\\p{L}.*")) {
            return noun(m.context());
        }
        List<String> tokens = Words.tokens(after);
        return Lexicon.COUNT_NOUNS.stream().filter(n -> Classifier.startsWith(tokens, List.of(n))).findFirst().orElse(null);
    }

    private static String noun(String padded) {
        return Lexicon.COUNT_NOUNS.stream().filter(n -> Words.containsPhrase(padded, n)).findFirst().orElse(null);
    }
}
