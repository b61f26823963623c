package vn.ward57.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.Finding.Severity;

/**
 * Document numbers in the form of Nghị định 30/2020/NĐ-CP: a state body writes "70/KH-UBND" (number/type-body),
 * a Party body "02-KH/BCĐTW" (number-type/body). A number in the other body's form, a type word that is not
 * its code ("Kế hoạch số 05/QĐ-UBND"), one document cited with two different codes, or a number set apart from its
 * type code by a space ("02 KH/BCĐTW", where the form joins them: 02-KH/BCĐTW), is a FORMAT finding.
 */
final class DocumentNumberCheck implements Check {

    private static final Pattern STATE_FORM = Pattern.compile("^\\d+(?:/\\d{4})?/([\\p{L}]+)-([\\p{L}\\d-]+)$");
    private static final Pattern PARTY_FORM = Pattern.compile("^\\d+-([\\p{L}]+)/([\\p{L}\\d-]+)$");
    /** A number, a space, a type code and the rest: the hyphen (Party) or slash (state) between them left out. */
    private static final Pattern SPACED = Pattern.compile("^(\\d+(?:/\\d{4})?)\\s+([\\p{L}]+)([-/])(\\S.*)$");
    private static final Set<String> STATE_BODIES = Set.of("CP", "TTG", "UBND", "HĐND", "VPCP", "BTC", "BNV", "BKHCN",
            "BTTTT", "BCA");
    private static final Set<String> PARTY_BODIES = Set.of("TW", "TU", "ĐU", "HU", "BCĐTW", "BCT", "BBT", "BTGTW");
    private static final Map<String, String> TYPES = Map.of("nghị quyết", "NQ", "quyết định", "QĐ", "kế hoạch", "KH",
            "thông báo", "TB", "chỉ thị", "CT", "kết luận", "KL", "nghị định", "NĐ", "thông tư", "TT", "giấy mời", "GM",
            "tờ trình", "TTR");

    @Override
    public List<Finding> run(Analysis text, KnownFigures known) {
        List<Finding> out = new ArrayList<>();
        Map<String, Mention> byNumber = new HashMap<>();
        for (Mention m : text.mentions) {
            if (m.reading().form() != Reading.Form.DOCUMENT_NUMBER) {
                continue;
            }
            String key = NationalDocuments.key(m.raw());
            Matcher spaced = SPACED.matcher(m.raw().strip());
            // only a document type's code: "12 CBCC/ngày" is no document number
            if (spaced.matches() && TYPES.containsValue(spaced.group(2).toUpperCase())) {
                String joined = spaced.group(3).equals("/")
                        ? spaced.group(1) + "-" + spaced.group(2) + "/" + spaced.group(4)
                        : spaced.group(1) + "/" + spaced.group(2) + "-" + spaced.group(4);
                out.add(Findings.at(m, Severity.MEDIUM, Kind.FORMAT, List.of(m.raw()),
                        "Số hiệu %s tách số và loại văn bản bằng dấu cách; theo Nghị định 30 ghi %s.".formatted(m.raw(), joined),
                        joined));
                continue;
            }
            Matcher state = STATE_FORM.matcher(key);
            Matcher party = PARTY_FORM.matcher(key);
            String type = state.matches() ? state.group(1) : party.matches() ? party.group(1) : null;
            String body = state.matches() ? state.group(2) : party.matches() ? party.group(2) : null;
            if (party.matches() && STATE_BODIES.contains(body)) {
                out.add(Findings.at(m, Severity.MEDIUM, Kind.FORMAT, List.of(m.raw()),
                        "Số hiệu %s viết theo mẫu văn bản của Đảng; văn bản của cơ quan nhà nước ghi %s.".formatted(m.raw(),
                                key.replaceFirst("^(\\d+)-([\\p{L}]+)/", "$1/$2-")), key.replaceFirst("^(\\d+)-([\\p{L}]+)/", "$1/$2-")));
            } else if (state.matches() && PARTY_BODIES.contains(body)) {
                out.add(Findings.at(m, Severity.MEDIUM, Kind.FORMAT, List.of(m.raw()),
                        "Số hiệu %s viết theo mẫu văn bản nhà nước; văn bản của Đảng ghi dạng số-loại/cơ quan.".formatted(m.raw()),
                        null));
            }
            String word = typeWord(m, type);
            if (word != null && type != null && !TYPES.get(word).equals(type)) {
                out.add(Findings.at(m, Severity.MEDIUM, Kind.FORMAT, List.of(m.raw()),
                        "“%s” có số hiệu %s: loại văn bản trong số hiệu là %s, không phải %s.".formatted(word, m.raw(), type,
                                TYPES.get(word)), null));
            }
            if (type != null) {
                String id = key.replaceAll("^(\\d+(?:/\\d{4})?)[-/].*$", "$1") + "|" + type;
                Mention before = byNumber.putIfAbsent(id, m);
                if (before != null && !NationalDocuments.key(before.raw()).equals(key)) {
                    out.add(Findings.at(m, Severity.MEDIUM, Kind.FORMAT, List.of(before.raw(), m.raw()),
                            "Cùng văn bản số %s được ghi hai cách: %s và %s.".formatted(id.replace("|", " "), before.raw(), m.raw()),
                            null));
                }
            }
        }
        return out;
    }

    /** The type word just before the number; none when another type word before it has the code ("Thông báo kết luận số 07-TB/…"). */
    private static String typeWord(Mention m, String type) {
        String before = Words.normalize(m.block().text().substring(Math.max(0, m.reading().start() - 30), m.reading().start()))
                .replaceAll("\\s+(số|số:)?\\s*$", "").strip();
        String last = TYPES.keySet().stream().filter(before::endsWith).findFirst().orElse(null);
        boolean another = TYPES.entrySet().stream().anyMatch(e -> e.getValue().equals(type) && before.contains(e.getKey()));
        return another ? null : last;
    }
}
