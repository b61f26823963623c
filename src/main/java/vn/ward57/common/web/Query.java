package vn.ward57.common.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The list's filters as a query string, so that an export gives what the list shows. */
public final class Query {

    private Query() {
    }

    /** "?kind=CAMERA&q=..." of the given name/value pairs that have a value; "" when none. */
    public static String of(Object... namesAndValues) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                parts.add(namesAndValues[i] + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }
}
