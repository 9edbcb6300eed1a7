package vn.dangbo.members;

import java.time.Instant;
import java.time.LocalDate;
import vn.dangbo.shared.DecisionRef;

/**
 * One entry of a member's history: from a day, on a decision, the member has the status {@code to}
 * in the cell {@code cellId}; {@code until} is the day a temporary status is due to end.
 */
public record StatusChange(
    ChangeKind kind,
    MemberStatus from,
    MemberStatus to,
    long cellId,
    LocalDate effectiveOn,
    LocalDate until,
    DecisionRef decision,
    String reason,
    String enteredBy,
    Instant enteredAt) {}
