package vn.dangbo.terms;

import java.time.LocalDate;
import vn.dangbo.organization.CommitteePosition;
import vn.dangbo.shared.Period;

/**
 * A place in a term's committee: who held it, in which position, from when to when, how they came
 * to it and why they left it.
 */
public record TermSeat(
    long id,
    String fullName,
    CommitteePosition position,
    Period period,
    Joined joined,
    LeftReason leftReason) {

  /** How a committee member came to the committee. */
  public enum Joined {
    /** Elected at the congress that opened the term (bầu tại đại hội). */
    ELECTED,
    /** Elected later in the term (bầu bổ sung). */
    BY_ELECTED,
    /** Appointed by the superior committee (chỉ định). */
    APPOINTED
  }

  /** Why a committee member left before or with the term's end. */
  public enum LeftReason {
    TERM_ENDED,
    RESIGNED,
    MOVED,
    DISCIPLINED,
    DIED
  }

  public boolean holdsOn(LocalDate day) {
    return period.contains(day);
  }

  TermSeat leaving(LocalDate on, LeftReason reason) {
    return new TermSeat(id, fullName, position, new Period(period.from(), on), joined, reason);
  }
}
