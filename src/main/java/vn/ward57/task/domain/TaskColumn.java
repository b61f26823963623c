package vn.ward57.task.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.table.TableColumn;

/**
 * The columns of a task file and the headers written for them in Vietnamese, matched as a register's
 * columns are ({@link TableColumn}: "Đơn vị chủ trì" = "don vi chu tri").
 */
enum TaskColumn {
    CODE(TableColumn.required("code", 50, "mã nhiệm vụ", "mã")),
    TITLE(TableColumn.required("title", 2000, "nội dung nhiệm vụ", "nhiệm vụ", "tên nhiệm vụ")),
    PHASE(TableColumn.optional("phase", 50, "giai đoạn")),
    LEAD_UNIT(TableColumn.optional("lead_unit", 50, "đơn vị chủ trì", "cơ quan chủ trì")),
    COORDINATING_UNITS(TableColumn.optional("coordinating_units", 1000, "đơn vị phối hợp", "cơ quan phối hợp")),
    START_DATE(TableColumn.optional("start_date", 30, "ngày bắt đầu")),
    DEADLINE(TableColumn.optional("deadline", 30, "thời hạn", "hạn hoàn thành", "thời gian hoàn thành")),
    COMPLETED_ON(TableColumn.optional("completed_on", 30, "ngày hoàn thành"));

    private final TableColumn column;

    TaskColumn(TableColumn column) {
        this.column = column;
    }

    /** Every column, in the order a file (and its template) has them. */
    static List<TableColumn> all() {
        return java.util.Arrays.stream(values()).map(c -> c.column).toList();
    }

    String canonical() {
        return column.header();
    }

    int maxLength() {
        return column.maxLength();
    }

    /**
     * Where each known column stands in the header row (the first of a repeated column wins);
     * a header without the required columns refuses the whole file.
     */
    static Map<TaskColumn, Integer> positions(List<String> header) {
        Map<TaskColumn, Integer> positions = new EnumMap<>(TaskColumn.class);
        for (int i = 0; i < header.size(); i++) {
            for (TaskColumn column : values()) {
                if (column.column.matches(header.get(i))) {
                    positions.putIfAbsent(column, i);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (TaskColumn column : values()) {
            if (column.column.required() && !positions.containsKey(column)) {
                missing.add(column.canonical());
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("taskimport.missing-columns", "file", String.join(", ", missing));
        }
        return positions;
    }
}
