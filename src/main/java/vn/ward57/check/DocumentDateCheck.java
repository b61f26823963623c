package vn.ward57.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.Finding.Severity;

/**
 * The date written after a known document's number ("Nghị quyết số 57-NQ/TW ngày 22/12/2024", "Nghị quyết 57
 * ngày …") against its real date; and the year inside a number ("30/2020/NĐ-CP") against the date written.
 */
final class DocumentDateCheck implements Check {

    private static final Map<String, String> TYPE_CODES = Map.of("nghị quyết", "NQ", "quyết định", "QĐ",
            "kế hoạch", "KH", "nghị định", "NĐ", "chỉ thị", "CT", "thông báo", "TB", "kết luận", "KL");

    @Override
    public List<Finding> run(Analysis text, KnownFigures known) {
        List<KnownDocument> documents = new ArrayList<>(NationalDocuments.ALL);
        documents.addAll(known.documents());
        List<Finding> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Mention> ms = text.in(s);
            for (int i = 0; i + 1 < ms.size(); i++) {
                Mention number = ms.get(i);
                Mention date = ms.get(i + 1);
                if (number.role() != Role.DOCUMENT_NUMBER || date.role() != Role.DATE || date.reading().date() == null) {
                    continue;
                }
                String gap = s.block().text().substring(number.reading().end(), date.reading().start());
                if (!gap.matches("[\\s,]*(ngày|ban hành ngày)?\\s*")) {
                    continue;
                }
                LocalDate written = date.reading().date();
                KnownDocument doc = find(documents, number, s.block().text());
                if (doc != null && !doc.issuedOn().equals(written)) {
                    out.add(Findings.at(date, Severity.HIGH, Kind.DATE, List.of(number.raw(), date.raw()),
                            "Văn bản %s ban hành ngày %s (%s), văn bản ghi %s.".formatted(doc.number(),
                                    VietnameseDates.text(doc.issuedOn()), doc.title(), date.raw()),
                            VietnameseDates.text(doc.issuedOn())));
                }
                var year = java.util.regex.Pattern.compile("^\\d+/(\\d{4})/").matcher(number.raw());
                if (doc == null && year.find() && Integer.parseInt(year.group(1)) != written.getYear()) {
                    out.add(Findings.at(date, Severity.HIGH, Kind.DATE, List.of(number.raw(), date.raw()),
                            "Số hiệu %s cho thấy văn bản ban hành năm %s, nhưng ngày ghi là %s.".formatted(number.raw(),
                                    year.group(1), date.raw()), null));
                }
            }
        }
        return out;
    }

    /** By its full number; a short "Nghị quyết 57" by its number and type when one known document has them. */
    private static KnownDocument find(List<KnownDocument> documents, Mention number, String text) {
        String raw = number.raw();
        if (number.reading().form() == Reading.Form.DOCUMENT_NUMBER) {
            String key = NationalDocuments.key(raw);
            return documents.stream().filter(d -> NationalDocuments.key(d.number()).equals(key)).findFirst().orElse(null);
        }
        String before = Words.normalize(text.substring(Math.max(0, number.reading().start() - 16), number.reading().start()))
                .replaceAll("\\s+số\\s*$", "").strip();
        String type = TYPE_CODES.entrySet().stream().filter(e -> before.endsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        if (type == null) {
            return null;
        }
        List<KnownDocument> same = documents.stream().filter(d -> {
            String[] nt = NationalDocuments.numberAndType(d.number());
            return nt[0].replaceFirst("^0+(?=\\d)", "").equals(raw.replaceFirst("^0+(?=\\d)", "")) && nt[1].equals(type);
        }).toList();
        return same.size() == 1 ? same.getFirst() : null;
    }
}
