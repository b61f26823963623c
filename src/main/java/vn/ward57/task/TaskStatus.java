package vn.ward57.task;

/**
 * A task's state as of a date A (issue 4): completed on C ≤ A is done on time if C ≤ its deadline
 * (or it has none), else done late; not completed by A is in progress while A ≤ its deadline (or
 * it has none), else overdue.
 */
public enum TaskStatus { DONE_ON_TIME, DONE_LATE, IN_PROGRESS, OVERDUE }
