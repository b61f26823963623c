package vn.ward57.dossier.imports;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ward57.common.table.TableColumn;
import vn.ward57.dossier.Procedure.Level;
import vn.ward57.dossier.Procedure.OnlineLevel;

/**
 * The values of the national public-service portal's procedure list as it writes them, read into
 * ward57's terms; every text is normalised first (no diacritics, lower case). Null means unreadable.
 */
final class PortalValues {

    /** The portal's procedure code: one digit, a point, six digits (1.001612). */
    private static final Pattern SHORT_CODE = Pattern.compile("\\d\\.\\d{1,5}");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*");
    private static final Map<String, OnlineLevel> ONLINE = Map.of("full", OnlineLevel.FULL,
            "partial", OnlineLevel.PARTIAL, "none", OnlineLevel.NONE, "khong", OnlineLevel.NONE,
            "", OnlineLevel.NONE, "4", OnlineLevel.FULL, "3", OnlineLevel.PARTIAL, "2", OnlineLevel.NONE,
            "1", OnlineLevel.NONE);

    private PortalValues() {
    }

    /**
     * A code as the portal writes it. A spreadsheet that took 1.000120 for a number shows 1.00012: the
     * zeros it dropped are put back (a code of that shape cannot be anything else).
     */
    static String code(String text) {
        // the length first: a full code (8 characters) never matches, and this runs for every dossier row
        return text.length() < 8 && SHORT_CODE.matcher(text).matches() ? text + "0".repeat(8 - text.length()) : text;
    }

    /** "Cấp Xã", "Cấp xã, phường", "Xã" → WARD; "Cấp Tỉnh" → PROVINCE; "Cấp Bộ", "Trung ương" → CENTRAL. */
    static Level level(String text) {
        String s = " " + TableColumn.normalise(text).replace(',', ' ') + " ";
        if (s.equals(" ward ") || s.contains(" xa ") || s.contains(" phuong ")) {
            return Level.WARD;     // a procedure of several levels that a ward's list names is done by the ward
        }
        if (s.equals(" province ") || s.contains(" tinh ")) {
            return Level.PROVINCE;
        }
        if (s.equals(" central ") || s.contains(" trung uong ") || s.contains(" bo ")) {
            return Level.CENTRAL;
        }
        return null;
    }

    /**
     * "Toàn trình", "DVC trực tuyến toàn trình", "Mức độ 4" → FULL; "Một phần", "Mức độ 3" → PARTIAL;
     * "Mức độ 2", "Không", empty → NONE (the portal leaves the cell empty for a procedure not online).
     */
    static OnlineLevel onlineLevel(String text) {
        String s = TableColumn.normalise(text);
        if (s.contains("toan trinh")) {
            return OnlineLevel.FULL;
        }
        if (s.contains("mot phan")) {
            return OnlineLevel.PARTIAL;
        }
        String level = s.startsWith("muc do ") ? s.substring(7) : s;
        return ONLINE.get(level);
    }

    /**
     * Whether the fee cell names a fee: a flag (có, x, 1), a non-zero amount ("Lệ phí 8.000 đồng/bản"),
     * or "phí"/"lệ phí" without "không"/"miễn" ("Không thu phí", "Miễn lệ phí", "0 đồng" are none).
     */
    static boolean hasFee(String text) {
        String s = TableColumn.normalise(text);
        if (s.isEmpty()) {
            return false;
        }
        if (flag(s)) {
            return true;
        }
        boolean anyNumber = false;
        Matcher number = NUMBER.matcher(s);
        while (number.find()) {
            anyNumber = true;
            if (number.group().chars().anyMatch(c -> c >= '1' && c <= '9')) {
                return true;
            }
        }
        if (anyNumber || s.contains("khong") || s.contains("mien")) {
            return false;
        }
        return s.contains("phi");
    }

    /** Có, x, 1, true, yes (normalised). */
    static boolean flag(String normalised) {
        return switch (normalised) {
            case "1", "true", "co", "x", "yes" -> true;
            default -> false;
        };
    }
}
