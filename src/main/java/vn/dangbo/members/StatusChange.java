package vn.dangbo.members;

import java.time.Instant;
import java.time.LocalDate;
import vn.dangbo.shared.DecisionRef;

/** One change of a member's status, from a day, on a decision, with its reason. */
public record StatusChange(
    MemberStatus from,
    MemberStatus to,
    LocalDate effectiveOn,
    DecisionRef decision,
    String reason,
    String enteredBy,
    Instant enteredAt) {}
