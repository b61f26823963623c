package vn.ward57.task.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.table.CellDate;
import vn.ward57.common.table.RowError;
import vn.ward57.common.table.TableFile;
import vn.ward57.common.web.Messages;

/**
 * Reads one row of a task file by the positions its header gave, checking each value, the dates
 * against each other, codes repeated in the file, and the directive's task of the same code as it
 * stands (an import neither removes a deadline nor moves a completion). A row with any fault yields
 * errors and no task.
 */
final class TaskRowParser {

    private final Map<TaskColumn, Integer> positions;
    private final UnitCodes units;
    private final Map<String, TaskRepository.Current> existing;
    private final LocalDate today;
    private final Messages messages;
    private final Map<String, Long> seen = new HashMap<>();

    TaskRowParser(Map<TaskColumn, Integer> positions, UnitCodes units, Map<String, TaskRepository.Current> existing,
                  LocalDate today, Messages messages) {
        this.positions = positions;
        this.units = units;
        this.existing = existing;
        this.today = today;
        this.messages = messages;
    }

    /** The row's task, or null after reporting each of its faults to errors. */
    ImportedTask parse(TableFile.Line line, Consumer<RowError> errors) {
        Row r = new Row(line, errors);
        String code = r.text(TaskColumn.CODE, true);
        if (code != null) {
            Long first = seen.putIfAbsent(code, line.number());
            if (first != null) {
                r.fault(TaskColumn.CODE, code, "taskimport.duplicate-code", String.valueOf(first));
            }
        }
        String title = r.text(TaskColumn.TITLE, true);
        String phase = r.text(TaskColumn.PHASE, false);
        String leadCode = r.value(TaskColumn.LEAD_UNIT);
        Long lead = leadCode.isEmpty() ? null : r.unit(TaskColumn.LEAD_UNIT, leadCode);
        List<Long> coordinating = new ArrayList<>();
        for (String unit : r.value(TaskColumn.COORDINATING_UNITS).split(";")) {
            Long id = unit.isBlank() ? null : r.unit(TaskColumn.COORDINATING_UNITS, unit.strip());
            if (id != null && !coordinating.contains(id)) {
                coordinating.add(id);
            }
        }
        LocalDate start = r.date(TaskColumn.START_DATE);
        LocalDate deadline = r.date(TaskColumn.DEADLINE);
        LocalDate completed = r.date(TaskColumn.COMPLETED_ON);
        if (start != null && deadline != null && deadline.isBefore(start)) {
            r.broken(TaskColumn.DEADLINE, "taskimport.deadline-before-start");
        }
        if (start != null && completed != null && completed.isBefore(start)) {
            r.broken(TaskColumn.COMPLETED_ON, "taskimport.completed-before-start");
        }
        if (completed != null && completed.isAfter(today)) {
            r.broken(TaskColumn.COMPLETED_ON, "taskimport.completed-in-future");
        }
        TaskRepository.Current now = code == null ? null : existing.get(code);
        if (now != null) {
            if (now.deadline() != null && deadline == null && r.value(TaskColumn.DEADLINE).isEmpty()) {
                r.broken(TaskColumn.DEADLINE, "taskimport.deadline-removed", VietnameseFormat.date(now.deadline()));
            }
            if (now.completedOn() != null && completed != null && !completed.equals(now.completedOn())) {
                r.broken(TaskColumn.COMPLETED_ON, "taskimport.already-completed",
                        VietnameseFormat.date(now.completedOn()));
            }
            if (now.completedOn() != null && completed == null && start != null && now.completedOn().isBefore(start)) {
                r.broken(TaskColumn.START_DATE, "taskimport.start-after-completion",
                        VietnameseFormat.date(now.completedOn()));
            }
        }
        return r.faulty ? null : new ImportedTask(line.number(), code, title, phase, lead, List.copyOf(coordinating),
                start, deadline, completed);
    }

    /** One row's cells and whether any of them was at fault. */
    private final class Row {
        private final TableFile.Line line;
        private final Consumer<RowError> errors;
        private boolean faulty;

        Row(TableFile.Line line, Consumer<RowError> errors) {
            this.line = line;
            this.errors = errors;
        }

        String value(TaskColumn column) {
            Integer at = positions.get(column);
            String cell = at == null || at >= line.cells().size() ? null : line.cells().get(at);
            return cell == null ? "" : cell.strip();
        }

        String text(TaskColumn column, boolean required) {
            String value = value(column);
            if (value.isEmpty()) {
                if (required) {
                    fault(column, value, "taskimport.missing");
                }
                return null;
            }
            if (value.length() > column.maxLength()) {
                fault(column, value, "taskimport.too-long", column.maxLength());
            }
            return value;
        }

        Long unit(TaskColumn column, String code) {
            return units.find(code).orElseGet(() -> {
                fault(column, code, "taskimport.unknown-unit", code);
                return null;
            });
        }

        LocalDate date(TaskColumn column) {
            String value = value(column);
            if (value.isEmpty()) {
                return null;
            }
            LocalDate date = CellDate.parse(value);
            if (date == null) {
                fault(column, value, "taskimport.bad-date");
            }
            return date;
        }

        /** A rule between values broken: the column's own value is reported. */
        void broken(TaskColumn column, String key, Object... args) {
            fault(column, value(column), key, args);
        }

        void fault(TaskColumn column, String value, String key, Object... args) {
            faulty = true;
            errors.accept(new RowError(line.number(), column.canonical(), value, messages.get(key, args)));
        }
    }
}
