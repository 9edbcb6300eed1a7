package vn.dangbo.members;

import java.time.LocalDate;
import vn.dangbo.shared.DecisionRef;

/** A member's status changed (or a record was opened, with {@code from} null). */
public record MemberStatusChanged(
    long memberId,
    long cellId,
    MemberStatus from,
    MemberStatus to,
    LocalDate effectiveOn,
    DecisionRef decision,
    String enteredBy) {}
