package vn.ward57.community;

import java.time.LocalDate;

/** What a team did on a day, and how many residents it helped. */
public record TeamActivity(long id, long teamId, LocalDate heldOn, String description, int residentsHelped) {
}
