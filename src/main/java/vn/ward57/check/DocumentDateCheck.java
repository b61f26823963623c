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
                // "Nghị quyết 57-NQ/TW tháng 11/2026" is the period the text reports on, not the day it was issued
                if (number.role() != Role.DOCUMENT_NUMBER || date.role() != Role.DATE || date.reading().date() == null
                        || date.reading().form() != Reading.Form.DATE) {
                    continue;
                }
                String gap = s.block().text().substring(number.reading().end(), date.reading().start());
                if (!gap.matches("[\\s,]*(ngày|ban hành ngày)?\\s*")) {
                    continue;
                }
                LocalDate written = date.reading().date();
                List<KnownDocument> same = find(documents, number, s.block().text());
                KnownDocument doc = cited(same, written);
                if (doc != null) {
                    String real = VietnameseDates.text(doc.issuedOn());
                    out.add(Findings.at(date, Severity.HIGH, Kind.DATE, List.of(number.raw(), date.raw()),
                            "Văn bản %s ban hành ngày %s (%s), văn bản ghi %s.".formatted(doc.number(), real,
                                    doc.title(), date.raw()), real, null, null,
                            VietnameseDates.like(date.raw(), doc.issuedOn())));
                }
                var year = java.util.regex.Pattern.compile("^\\d+/(\\d{4})/").matcher(number.raw());
                if (same.isEmpty() && year.find() && Integer.parseInt(year.group(1)) != written.getYear()) {
                    out.add(Findings.at(date, Severity.HIGH, Kind.DATE, List.of(number.raw(), date.raw()),
                            "Số hiệu %s cho thấy văn bản ban hành năm %s, nhưng ngày ghi là %s.".formatted(number.raw(),
                                    year.group(1), date.raw()), null));
                }
            }
        }
        return out;
    }

    /**
     * The document a date is written for, when it is not that date. A ward numbers its documents anew each year
     * (15/KH-UBND of 2025 and of 2026): a date that is one of theirs is right, and of several the one of the
     * written year is meant; two of that year and none is named.
     */
    private static KnownDocument cited(List<KnownDocument> same, LocalDate written) {
        if (same.isEmpty() || same.stream().anyMatch(d -> d.issuedOn().equals(written))) {
            return null;
        }
        if (same.size() == 1) {
            return same.getFirst();
        }
        List<KnownDocument> ofYear = same.stream().filter(d -> d.issuedOn().getYear() == written.getYear()).toList();
        return ofYear.size() == 1 ? ofYear.getFirst() : null;
    }

    /**
     * The known documents a number names: by its full number, a short "Nghị quyết 57" by its number and type.
     * The national table's date wins over a register's copy of the same document.
     */
    private static List<KnownDocument> find(List<KnownDocument> documents, Mention number, String text) {
        String raw = number.raw();
        if (number.reading().form() == Reading.Form.DOCUMENT_NUMBER) {
            String key = NationalDocuments.key(raw);
            return nationalFirst(documents.stream().filter(d -> NationalDocuments.key(d.number()).equals(key)).toList());
        }
        String before = Words.normalize(text.substring(Math.max(0, number.reading().start() - 16), number.reading().start()))
                .replaceAll("\\s+số\\s*$", "").strip();
        String type = TYPE_CODES.entrySet().stream().filter(e -> before.endsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        if (type == null) {
            return List.of();
        }
        List<KnownDocument> same = nationalFirst(documents.stream().filter(d -> {
            String[] nt = NationalDocuments.numberAndType(d.number());
            return nt[0].replaceFirst("^0+(?=\\d)", "").equals(raw.replaceFirst("^0+(?=\\d)", "")) && nt[1].equals(type);
        }).toList());
        // "Nghị quyết 57" alone names a document only when one issuer's document has that number and type
        return same.stream().map(d -> NationalDocuments.key(d.number())).distinct().count() == 1 ? same : List.of();
    }

    private static List<KnownDocument> nationalFirst(List<KnownDocument> same) {
        List<KnownDocument> national = same.stream().filter(NationalDocuments.ALL::contains).toList();
        return national.isEmpty() ? same : national;
    }
}
