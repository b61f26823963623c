package vn.ward57.task.domain;

import java.time.LocalDate;
import java.util.List;

/** One checked row of a task file: the task as the file says it is (deadline null: recurring). */
record ImportedTask(long row, String code, String title, String phase, Long leadUnitId, List<Long> coordinatorIds,
                    LocalDate startOn, LocalDate deadline, LocalDate completedOn) {
}
