package vn.ward57.task;

import java.time.LocalDate;
import java.util.List;

/**
 * A task (nhiệm vụ) assigned by a directive or a meeting. deadline null: thường xuyên (recurring).
 * status and deadline are as of the date the list was asked for; originalDeadline is the first one.
 * version: raised by every change of the task (its ETag in the API, the hidden field of its page's forms).
 */
public record Task(long id, String wardCode, Long directiveId, Long meetingId, String code, String title,
                   String phase, String leadUnit, List<String> coordinatingUnits, LocalDate startOn,
                   LocalDate deadline, LocalDate originalDeadline, String expectedOutput, LocalDate completedOn,
                   TaskStatus status, long version) {

    public boolean recurring() {
        return deadline == null;
    }
}
