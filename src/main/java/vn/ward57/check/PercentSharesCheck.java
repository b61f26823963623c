package vn.ward57.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.Finding.Severity;

/**
 * Shares given as percentages alone, of parts that exclude each other ("hồ sơ trực tuyến chiếm 74,9%, trực tiếp
 * chiếm 27,3%"): in one sentence they add to at most 100%, within the rounding of what is written. A share counts
 * only when its words name one part of one split ({@link #SPLITS}) and nothing else that would make it a share of
 * another whole (digitised, paid online) or a change ("tăng 5%").
 */
final class PercentSharesCheck implements Check {

    /** Ways of splitting one whole into parts that exclude each other: by channel, by timeliness. */
    static final List<List<String>> SPLITS = List.of(List.of("trực tuyến", "trực tiếp", "bưu chính"),
            List.of("trước hạn", "đúng hạn", "quá hạn"));

    /** Words of a change or a comparison, not a share. */
    private static final List<String> CHANGES = List.of("tăng", "giảm", "so với", "cao hơn", "thấp hơn", "vượt",
            "điểm phần trăm", "chỉ tiêu", "mục tiêu");

    private record Share(Mention rate, String part) {
    }

    @Override
    public List<Finding> run(Analysis text, KnownFigures known) {
        List<Finding> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (s.block().isTable()) {
                continue;
            }
            for (List<String> split : SPLITS) {
                List<Share> shares = shares(text.in(s), split);
                Set<String> parts = new HashSet<>(shares.stream().map(Share::part).toList());
                if (shares.size() < 2 || parts.size() != shares.size()) {
                    continue; // one part twice: two wholes (two periods, two units), not one split
                }
                BigDecimal sum = shares.stream().map(sh -> sh.rate().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
                double rounding = shares.stream().mapToDouble(sh -> 0.5 * Math.pow(10, -sh.rate().reading().decimals())).sum();
                if (sum.doubleValue() > 100 + rounding + 1e-9) {
                    List<String> numbers = shares.stream().map(sh -> sh.rate().raw()).toList();
                    out.add(Findings.at(shares.getFirst().rate(), Severity.HIGH, Kind.SUM, numbers,
                            "Các phần loại trừ nhau (%s) có tỷ lệ cộng lại %s = %s%%, quá 100%%.".formatted(
                                    String.join(", ", shares.stream().map(Share::part).toList()),
                                    String.join(" + ", numbers), RateCheck.percent(sum)),
                            null));
                }
            }
        }
        return out;
    }

    /** The sentence's exact result percentages whose words name exactly one part of the split and no other qualifier. */
    private static List<Share> shares(List<Mention> mentions, List<String> split) {
        List<Share> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.measure() != Measure.PERCENT || m.role() != Role.QUANTITY || m.approximate() || m.value() == null
                    || m.says(CHANGES)) {
                continue;
            }
            List<String> named = split.stream().filter(p -> Words.containsPhrase(m.context(), p)).toList();
            boolean other = m.qualifiers().stream().anyMatch(q -> !split.contains(q) && !q.equals("mới"));
            if (named.size() == 1 && !other) {
                out.add(new Share(m, named.getFirst()));
            }
        }
        return out;
    }
}
