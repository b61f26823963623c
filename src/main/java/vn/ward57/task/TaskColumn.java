package vn.ward57.task;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import vn.ward57.common.error.InvalidInputException;

/**
 * The columns of a task file and the headers written for them in Vietnamese. Headers match
 * without regard to case, spaces, underscores or diacritics ("Đơn vị chủ trì" = "don vi chu tri").
 */
enum TaskColumn {
    CODE("code", true, 50, "mã nhiệm vụ", "mã"),
    TITLE("title", true, 2000, "nội dung nhiệm vụ", "nhiệm vụ", "tên nhiệm vụ"),
    PHASE("phase", false, 50, "giai đoạn"),
    LEAD_UNIT("lead_unit", false, 50, "đơn vị chủ trì", "cơ quan chủ trì"),
    COORDINATING_UNITS("coordinating_units", false, 1000, "đơn vị phối hợp", "cơ quan phối hợp"),
    START_DATE("start_date", false, 30, "ngày bắt đầu"),
    DEADLINE("deadline", false, 30, "thời hạn", "hạn hoàn thành", "thời gian hoàn thành"),
    COMPLETED_ON("completed_on", false, 30, "ngày hoàn thành");

    private final String canonical;
    private final boolean required;
    private final int maxLength;
    private final List<String> headers;

    TaskColumn(String canonical, boolean required, int maxLength, String... vietnamese) {
        this.canonical = canonical;
        this.required = required;
        this.maxLength = maxLength;
        this.headers = Stream.concat(Stream.of(canonical), Stream.of(vietnamese)).map(TaskColumn::normalise).toList();
    }

    String canonical() {
        return canonical;
    }

    int maxLength() {
        return maxLength;
    }

    /**
     * Where each known column stands in the header row (the first of a repeated column wins);
     * a header without the required columns refuses the whole file.
     */
    static Map<TaskColumn, Integer> positions(List<String> header) {
        Map<TaskColumn, Integer> positions = new EnumMap<>(TaskColumn.class);
        for (int i = 0; i < header.size(); i++) {
            String key = header.get(i) == null ? "" : normalise(header.get(i));
            for (TaskColumn column : values()) {
                if (column.headers.contains(key)) {
                    positions.putIfAbsent(column, i);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (TaskColumn column : values()) {
            if (column.required && !positions.containsKey(column)) {
                missing.add(column.canonical);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("taskimport.missing-columns", "file", String.join(", ", missing));
        }
        return positions;
    }

    /** Lower case, no diacritics (đ → d), single spaces; underscores count as spaces. */
    static String normalise(String text) {
        String plain = Normalizer.normalize(text.replace('\uFEFF', ' ').strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        return plain.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ").strip();
    }
}
