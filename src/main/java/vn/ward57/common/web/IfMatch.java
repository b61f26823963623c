package vn.ward57.common.web;

import java.util.List;
import org.springframework.http.ETag;
import vn.ward57.common.Echo;
import vn.ward57.common.error.InvalidInputException;

/**
 * The version an API client read, from its {@code If-Match} header: the ETag a GET of the record gave
 * ({@code "3"}). No header, or {@code *}: null, and the change is made whatever the version (the last
 * write wins, as before versions). A weak tag is taken too, as a proxy that compresses may weaken it.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private IfMatch() {
    }

    public static Long version(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        List<ETag> tags = ETag.parse(header);
        if (tags.size() == 1 && tags.getFirst().isWildcard()) {
            return null;
        }
        if (tags.size() != 1 || !tags.getFirst().tag().matches("\\d{1,9}")) {
            throw new InvalidInputException("error.bad-if-match", HEADER, Echo.cut(header, 40));
        }
        return Long.parseLong(tags.getFirst().tag());
    }
}
