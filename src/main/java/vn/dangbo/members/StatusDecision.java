package vn.dangbo.members;

import java.time.LocalDate;
import vn.dangbo.shared.DecisionRef;

/**
 * A decision that gives a member a new status from a day on; {@code until} is the day a temporary
 * status (attached elsewhere or here, temporarily exempted) is due to end.
 */
public record StatusDecision(
    MemberStatus to, LocalDate on, LocalDate until, DecisionRef decision, String reason) {}
