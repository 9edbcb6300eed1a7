package vn.dangbo.members;

import java.time.LocalDate;

/**
 * A member now belongs to a cell from a day: moved within the committee or received with a transfer
 * letter. The accounts module listens, so that the member's own account follows them.
 */
public record MemberPlaced(long memberId, long cellId, LocalDate on) {}
