package vn.ward57.community;

/** A member to add or change: role HEAD or MEMBER; dates as text, like {@link TeamForm}'s. */
public record MemberForm(String fullName, String role, String phone, String joinedOn, String leftOn) {
}
