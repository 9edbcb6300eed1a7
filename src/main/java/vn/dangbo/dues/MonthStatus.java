package vn.dangbo.dues;

/** Where a month of a member's dues stands. */
public enum MonthStatus {
  /** Paid in full (or more). */
  PAID,
  /** Part of the amount paid. */
  PARTLY_PAID,
  /** The month has ended and nothing was paid: it counts towards the removal proposal. */
  UNPAID,
  /** The current month, not paid yet. */
  DUE,
  /** A month still to come. */
  FUTURE,
  /** Exempt: 50 years of party age, the social pension allowance, or a decision. */
  EXEMPT,
  /** Temporarily exempted from meetings to work far away: may be paid late, not unpaid. */
  DEFERRED,
  /** Attached to another organisation for a while: paid there. */
  PAID_ELSEWHERE,
  /** Not a member of the cell on the first of the month. */
  NOT_A_MEMBER,
  /** Before the dues rules dangbo keeps (from 01/02/2026). */
  BEFORE_LEDGER
}
