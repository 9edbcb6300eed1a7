package vn.dangbo.members;

import java.time.LocalDate;

/**
 * What follows from a member's record and history on a day, computed when read: party age, the next
 * badge and when it is due, the end of probation, whether they count in the cell total, the
 * deadlines of a transfer and the day a temporary status ends.
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
    LocalDate transferPresentBy,
    LocalDate temporaryUntil) {

  /** A temporary status (attached, temporarily exempted) that should have ended by now. */
  public boolean temporaryOverdue() {
    return temporaryUntil != null && temporaryUntil.isBefore(on);
  }
}
