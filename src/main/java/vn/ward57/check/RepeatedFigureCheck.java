package vn.ward57.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.Finding.Severity;

/**
 * The same quantity stated twice with different values: the same words name it, its sentences speak of the
 * same day ("Đến ngày 06/6/2026, còn 162 hồ sơ đang trong quá trình giải quyết" and later "… còn 160 …").
 * Without a day in both sentences two figures may be of different periods, so they are not compared.
 */
final class RepeatedFigureCheck implements Check {

    private static final Set<String> FUNCTION_WORDS = Set.of("là", "có", "được", "với", "của", "các", "những", "và",
            "thì", "này", "đó", "trong", "số", "tổng", "còn", "đã");

    /** Words that say where or how a figure is framed, not what it counts: "trên địa bàn phường có 18.450 …". */
    private static final Set<String> FRAMING = Set.of("trên", "địa", "bàn", "phường", "xã", "toàn", "tính", "hiện",
            "nay", "lượng", "đạt");

    @Override
    public List<Finding> run(Analysis text, KnownFigures known) {
        Map<String, List<Mention>> same = new LinkedHashMap<>();
        for (Mention m : text.results()) {
            if (m.block().isTable() || !m.scope().hasDay() || m.reading().form() == Reading.Form.FRACTION) {
                continue;
            }
            Set<String> words = new TreeSet<>(Words.tokens(m.context()));
            words.removeAll(FUNCTION_WORDS);
            words.removeAll(FRAMING);
            if (words.size() < 3 || Contexts.contentWords(m.context()) < 2) {
                continue;
            }
            // "Sau điều chỉnh, dự toán … là" is not "Tổng dự toán … là": what the sentence says before the number counts
            String lead = m.block().text().substring(m.sentence().start(), m.reading().start());
            var leading = new TreeSet<>(Contexts.qualifiers(Words.phrase(lead)));
            leading.removeAll(m.qualifiers());
            same.computeIfAbsent(m.measure() + "|" + m.scope() + "|" + words + "|" + leading, k -> new ArrayList<>()).add(m);
        }
        List<Finding> out = new ArrayList<>();
        for (List<Mention> group : same.values()) {
            Mention first = group.getFirst();
            for (Mention m : group) {
                if (m.value().compareTo(first.value()) != 0) {
                    out.add(Findings.at(m, Severity.HIGH, Kind.REPEATED_FIGURE, List.of(first.raw(), m.raw()),
                            "Cùng một số liệu (%s) được ghi hai giá trị khác nhau: %s ở “%s” và %s ở đây."
                                    .formatted(m.scope(), first.raw(), first.sentence().text().strip(), m.raw()),
                            null));
                }
            }
        }
        return out;
    }
}
