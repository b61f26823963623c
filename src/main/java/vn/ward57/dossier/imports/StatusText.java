package vn.ward57.dossier.imports;

import java.util.regex.Pattern;
import vn.ward57.common.table.TableColumn;

/**
 * A vendor's status cell read by a profile's status rule: which end it names, and the date written
 * in it, if any ("Đã trả kết quả ngày 12/07/2026", "Đã rút (12/07/2026 10:00)"). Values are compared
 * normalised (no diacritics, lower case), so "Đã trả kết quả" and "DA TRA KET QUA" are one value. A
 * status the profile does not list is in progress, unless its words say the dossier ended ("Từ
 * chối", "Đã trả kết quả"): that one is refused, never silently counted as pending.
 */
record StatusText(Kind kind, String label, String date) {

    enum Kind { RESOLVED, WITHDRAWN, PENDING, UNMAPPED }

    private static final Pattern ENDED = Pattern.compile(
            ".*\\b(tu choi|tra lai|khong giai quyet|tra ket qua|co ket qua|hoan thanh|rut|huy)\\b.*");
    /** Words between a status and its date: "ngày", "lúc", "vào", brackets, colons, dashes. */
    private static final Pattern JOINER = Pattern.compile("(?iu)[\\s(\\[:,;-]*(vào )?(ngày|lúc)?[\\s(\\[:,;-]*$");

    static StatusText of(String text, ColumnLayout.StatusRule rule) {
        String whole = TableColumn.normalise(text);
        Kind kind = kind(whole, rule);
        int first = firstDigit(text);
        if (kind != Kind.PENDING || first <= 0) {
            return new StatusText(kind == Kind.PENDING && ended(whole) ? Kind.UNMAPPED : kind, text, "");
        }
        String label = JOINER.matcher(text.substring(0, first)).replaceFirst("");
        int last = first;
        for (int i = first; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                last = i;
            }
        }
        Kind labelled = kind(TableColumn.normalise(label), rule);
        if (labelled == Kind.PENDING && ended(TableColumn.normalise(label))) {
            labelled = Kind.UNMAPPED;
        }
        return new StatusText(labelled, label, labelled == Kind.PENDING ? "" : text.substring(first, last + 1));
    }

    private static Kind kind(String normalised, ColumnLayout.StatusRule rule) {
        if (rule.resolved().contains(normalised)) {
            return Kind.RESOLVED;
        }
        return rule.withdrawn().contains(normalised) ? Kind.WITHDRAWN : Kind.PENDING;
    }

    private static boolean ended(String normalised) {
        return ENDED.matcher(normalised).matches();
    }

    private static int firstDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
