package vn.ward57.audit.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.audit.AuditEntry;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.web.Messages;

/**
 * Reads the JSON states of an audit entry as the fields that changed, in words: each field by its label
 * (audit.field.*, then the entity's field.* label, then its name made readable), each value as the pages write it
 * (dates, numbers, yes/no). On an update only the fields whose value differs; on a creation or deletion every
 * field that has a value.
 */
@Component
class AuditChanges {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");
    /** Keys and bookkeeping the entry's own columns or nobody needs: ids, the record's version. */
    private static final Pattern HIDDEN = Pattern.compile("id|version|.*Id");
    /** Numbers that name rather than count (a year, an id, a version): written without grouping. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("(?i).*(year|id|version|number|code)");

    private final JsonMapper json;
    private final Messages messages;

    AuditChanges(JsonMapper json, Messages messages) {
        this.json = json;
        this.messages = messages;
    }

    List<FieldChange> of(AuditEntry e) {
        JsonNode before = read(e.before());
        JsonNode after = read(e.after());
        Set<String> names = new LinkedHashSet<>();
        names.addAll(after.propertyNames());
        names.addAll(before.propertyNames());
        boolean update = e.before() != null && e.after() != null;
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            JsonNode old = before.get(name);
            JsonNode now = after.get(name);
            if (HIDDEN.matcher(name).matches() || (update ? same(old, now) : absent(old) && absent(now))) {
                continue;
            }
            String label = label(e.entity(), name);
            changes.add(update ? new FieldChange(label, value(name, old), value(name, now))
                    : new FieldChange(label, e.before() == null ? null : value(name, old),
                            e.after() == null ? null : value(name, now)));
        }
        return changes;
    }

    /** An actor that is no user ("system": start-up work, imports) by its name in words, else as it is. */
    String actor(String username) {
        return messages.get(new DefaultMessageSourceResolvable(new String[] {"audit.actor." + username}, username));
    }

    /** A state as an object of fields; a state that is a plain value is one field, "value". */
    private JsonNode read(String state) {
        if (state == null) {
            return json.createObjectNode();
        }
        JsonNode node = json.readTree(state);
        return node.isObject() ? node : json.createObjectNode().set("value", node);
    }

    private static boolean same(JsonNode a, JsonNode b) {
        return absent(a) ? absent(b) : a.equals(b);
    }

    private static boolean absent(JsonNode n) {
        return n == null || n.isNull() || n.isArray() && n.isEmpty() || n.isString() && n.asString().isEmpty();
    }

    private String label(String entity, String name) {
        return messages.get(new DefaultMessageSourceResolvable(
                new String[] {"audit.field." + name, "field." + entity + "." + name, "field." + name}, readable(name)));
    }

    /** "leftExpr", "left_expr" → "Left expr". */
    static String readable(String name) {
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase();
        return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private String value(String name, JsonNode v) {
        if (absent(v)) {
            return "—";
        }
        if (v.isBoolean()) {
            return messages.get(v.asBoolean() ? "audit.yes" : "audit.no");
        }
        if (v.isNumber()) {
            return PLAIN_NUMBER.matcher(name).matches() ? v.asString() : VietnameseFormat.count(v.decimalValue());
        }
        if (v.isArray()) {
            return StreamSupport.stream(v.spliterator(), false).map(x -> value(name, x))
                    .collect(Collectors.joining(", "));
        }
        return v.isString() ? text(v.asString()) : v.toString();
    }

    /** Dates and times as the pages write them (times in Vietnam time); other text as it is. */
    private static String text(String s) {
        try {
            if (DATE.matcher(s).matches()) {
                return VietnameseFormat.date(LocalDate.parse(s));
            }
            if (DATE_TIME.matcher(s).matches()) {
                return s.endsWith("Z") || s.matches(".*[+-]\\d{2}:\\d{2}$")
                        ? VietnameseFormat.dateTime(OffsetDateTime.parse(s))
                        : VietnameseFormat.dateTime(LocalDateTime.parse(s));
            }
        } catch (DateTimeParseException e) {
            // not a date after all: shown as typed
        }
        return s;
    }
}
