package vn.ward57.breakthrough;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A follow-up entry: the new status (or the same one, to log progress), the day it happened (today when null) and a note. */
public record FollowUpForm(String status, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate onDate, String note) {
}
