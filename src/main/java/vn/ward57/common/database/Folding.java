package vn.ward57.common.database;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Search without regard to case or Vietnamese diacritics ("may tinh" finds "Máy tính"): the column is
 * folded in SQL by translate(), the query in Java the same way.
 */
public final class Folding {

    private static final String MARKED = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
    private static final String PLAIN = fold(MARKED);

    private Folding() {
    }

    /** The SQL expression of a column folded. */
    public static String column(String column) {
        return "translate(lower(" + column + "), '" + MARKED + "', '" + PLAIN + "')";
    }

    /** A LIKE pattern for the folded text, its wildcards escaped. */
    public static String pattern(String query) {
        String plain = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + plain + "%";
    }

    public static String fold(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT).replace('đ', 'd');
        return Normalizer.normalize(Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", ""),
                Normalizer.Form.NFC);
    }
}
