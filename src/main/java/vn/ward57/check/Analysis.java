package vn.ward57.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ward57.check.Reading.Form;

/** A checked text read once: its sentences, every number in its place, the time of each sentence. */
final class Analysis {

    final CheckedText text;
    final List<Mention> mentions = new ArrayList<>();
    final Map<Sentence, List<Mention>> bySentence = new LinkedHashMap<>();

    private Analysis(CheckedText text) {
        this.text = text;
    }

    static Analysis of(CheckedText text) {
        Analysis a = new Analysis(text);
        for (Block block : text.blocks()) {
            List<Sentence> sentences = Sentence.split(block);
            List<Reading> readings = NumberReader.read(block.text());
            TableCells cells = block.isTable() ? new TableCells(block) : null;
            for (Sentence s : sentences) {
                List<Mention> inSentence = new ArrayList<>();
                for (Reading r : readings) {
                    if (s.contains(r.start())) {
                        inSentence.add(a.mention(r, readings, s, cells));
                    }
                }
                Scope scope = Contexts.scope(s, inSentence);
                List<Mention> scoped = inSentence.stream().map(m -> new Mention(m.sentence(), m.reading(), m.role(),
                        m.measure(), m.approximate(), m.context(), m.qualifiers(), scope, m.cell())).toList();
                a.bySentence.put(s, scoped);
                a.mentions.addAll(scoped);
            }
        }
        return a;
    }

    private Mention mention(Reading r, List<Reading> readings, Sentence s, TableCells cells) {
        String text = s.block().text();
        if (cells != null) {
            Mention.Cell cell = cells.cellAt(r);
            if (cell != null) {
                return cells.mention(r, s, cell);
            }
        }
        Role role = Classifier.role(r, text, s, s.block().heading());
        Measure measure = r.form() == Form.MONEY ? Classifier.measure(r, s) : r.measure();
        String context = Contexts.context(r, readings, s, text);
        return new Mention(s, r, role, measure, Classifier.approximate(r, text, s), context,
                Contexts.qualifiers(context), Scope.NONE, null);
    }

    List<Mention> in(Sentence s) {
        return bySentence.getOrDefault(s, List.of());
    }

    /** Exact figures stated as results (not targets), in a paragraph or a table. */
    List<Mention> results() {
        return mentions.stream().filter(m -> m.role() == Role.QUANTITY && !m.approximate() && m.value() != null).toList();
    }

    /** The sentences of the text in reading order. */
    List<Sentence> sentences() {
        return List.copyOf(bySentence.keySet());
    }
}
