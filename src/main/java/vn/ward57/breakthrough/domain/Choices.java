package vn.ward57.breakthrough.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.ward57.common.web.Messages;

/** The choices a file's cell may name: the Vietnamese label (as exported) or the code the API uses. */
final class Choices {

    private Choices() {
    }

    static <E extends Enum<E>> Map<String, E> byLabel(Messages messages, String prefix, Class<E> type) {
        Map<String, E> map = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            map.put(messages.get(prefix + e.name()), e);
        }
        for (E e : type.getEnumConstants()) {
            map.put(e.name(), e);
        }
        return map;
    }
}
