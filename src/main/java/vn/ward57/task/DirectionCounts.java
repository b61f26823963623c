package vn.ward57.task;

/**
 * Phụ lục I's counts for a period: the ward's documents (directives register) signed by its head or a
 * deputy, and its meetings chaired by the head or a deputy, by the date issued or held.
 */
public record DirectionCounts(long documentsByHead, long documentsByDeputy, long meetingsByHead,
                              long meetingsByDeputy) {
}
