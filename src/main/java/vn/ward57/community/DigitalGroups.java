package vn.ward57.community;

/**
 * The "Tổ dân phố số" figure of a period: residential groups assessed in it, and of them those that
 * meet every criterion the ward applies now (a criterion not answered counts as not met).
 */
public record DigitalGroups(long assessed, long meeting) {
}
