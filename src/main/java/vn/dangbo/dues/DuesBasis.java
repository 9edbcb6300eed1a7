package vn.dangbo.dues;

import java.time.YearMonth;

/**
 * What a member's dues are computed from, from a month on: the kind of income, the amount declared
 * where the rate is a share of it, and what the member pays on top of their own will.
 */
public record DuesBasis(YearMonth from, IncomeKind kind, Long declared, long voluntary) {

  /** Anyone without a recorded basis pays by the regional minimum wage. */
  static final DuesBasis DEFAULT = new DuesBasis(YearMonth.of(1930, 2), IncomeKind.OTHER, null, 0);
}
