package vn.dangbo.members;

import java.time.LocalDate;

/**
 * What follows from a member's record and history on a day, computed when read: party age, the next
 * badge and when it is due, the end of probation, and whether they count in the cell total.
 */
public record MemberFacts(
    LocalDate on,
    PartyAge partyAge,
    Integer nextBadgeYears,
    LocalDate nextBadgeDue,
    LocalDate probationEnds,
    Long probationDaysLeft,
    boolean countedInCellTotal,
    LocalDate transferCompleteBy,
    LocalDate transferPresentBy) {}
