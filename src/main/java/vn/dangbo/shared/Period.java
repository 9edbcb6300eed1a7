package vn.dangbo.shared;

import java.time.LocalDate;

/**
 * A span of days: from {@code from} inclusive to {@code to} exclusive; an open end ({@code to ==
 * null}) means "still in force". Used for every validity period in dangbo.
 */
public record Period(LocalDate from, LocalDate to) {

  public Period {
    if (from == null) {
      throw new IllegalArgumentException("a period needs a start");
    }
    if (to != null && !to.isAfter(from)) {
      throw new IllegalArgumentException("a period must end after it starts");
    }
  }

  public static Period from(LocalDate from) {
    return new Period(from, null);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && (to == null || day.isBefore(to));
  }

  public boolean isOpen() {
    return to == null;
  }

  /** The last day in force, or null for an open period. */
  public LocalDate lastDay() {
    return to == null ? null : to.minusDays(1);
  }
}
