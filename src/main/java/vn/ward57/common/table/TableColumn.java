package vn.ward57.common.table;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A column of a register's file: the Vietnamese header an export writes (first), the other headers
 * an import accepts, whether a file must have it and how long its text may be. Headers match
 * without regard to case, spaces, underscores or diacritics ("Ngày tổ chức" = "ngay to chuc").
 */
public record TableColumn(String header, boolean required, int maxLength, List<String> accepted) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("[\\s_]+");

    public static TableColumn required(String header, int maxLength, String... otherHeaders) {
        return new TableColumn(header, true, maxLength, names(header, otherHeaders));
    }

    public static TableColumn optional(String header, int maxLength, String... otherHeaders) {
        return new TableColumn(header, false, maxLength, names(header, otherHeaders));
    }

    /** Whether a file's header cell names this column. */
    public boolean matches(String cell) {
        return cell != null && accepted.contains(normalise(cell));
    }

    private static List<String> names(String header, String... others) {
        return Stream.concat(Stream.of(header), Stream.of(others)).map(TableColumn::normalise).toList();
    }

    /**
     * Lower case, no diacritics (đ → d), single spaces; underscores count as spaces. The one way headers,
     * choices and codes of a file are compared; the dossier import runs it on cells of a million rows.
     */
    public static String normalise(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text.replace('\uFEFF', ' ').strip(), Normalizer.Form.NFD))
                .replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
