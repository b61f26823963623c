package vn.ward57.community;

/** An activity to log or correct. */
public record ActivityForm(String heldOn, String description, Integer residentsHelped) {
}
