package vn.ward57.reportcheck.domain;

import java.util.List;
import java.util.regex.Pattern;
import vn.ward57.check.Block;

/**
 * Whether a report's opening names another ward or commune than the one it is checked for: its issuer line
 * ("ỦY BAN NHÂN DÂN PHƯỜNG TRUNG THÀNH", "UBND xã …") or its text ("UBND phường Trung Thành báo cáo …") names a
 * ward, and not this one. Its figures are then that other ward's, and comparing them with this ward's data would
 * flag every one of them.
 */
final class NamedWard {

    private static final int OPENING_BLOCKS = 15;
    private static final Pattern ISSUER = Pattern.compile("\\b(?:ubnd|uy ban nhan dan) (?:phuong|xa|thi tran) \\p{L}");
    private static final Pattern KIND = Pattern.compile("^(?:phuong|xa|thi tran)\\s+");

    private NamedWard() {
    }

    /** @param wardName the ward's name as ward57 holds it ("Phường An Hải") */
    static boolean another(List<Block> blocks, String wardName) {
        String own = KIND.matcher(StatedPeriod.fold(wardName).strip()).replaceFirst("");
        boolean namesAWard = false;
        for (Block b : blocks.subList(0, Math.min(OPENING_BLOCKS, blocks.size()))) {
            String text = StatedPeriod.fold(b.text());
            if (!own.isEmpty() && text.matches(".*\\b" + Pattern.quote(own) + "\\b.*")) {
                return false;
            }
            namesAWard |= ISSUER.matcher(text).find();
        }
        return namesAWard;
    }
}
