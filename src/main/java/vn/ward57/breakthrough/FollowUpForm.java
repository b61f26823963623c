package vn.ward57.breakthrough;

import java.time.LocalDate;

/** A follow-up entry: the new status (or the same one, to log progress), the day it happened (today when null) and a note. */
public record FollowUpForm(String status, LocalDate onDate, String note) {
}
