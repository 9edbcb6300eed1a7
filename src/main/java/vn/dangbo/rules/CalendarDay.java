package vn.dangbo.rules;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import vn.dangbo.shared.WorkingDays;

/**
 * A version of one day of the working-day calendar, with the notice or law it comes from. The
 * newest version of a day is in force; {@link Kind#ORDINARY} makes the day an ordinary one again. A
 * substitute day off (a holiday on a weekend) is shown as {@link Kind#SUBSTITUTE}, computed and
 * never stored.
 */
public record CalendarDay(
    LocalDate day,
    Kind kind,
    String name,
    String legalBasis,
    boolean unconfirmed,
    String enteredBy,
    ZonedDateTime enteredAt) {

  /** What the entry makes of its day. */
  public enum Kind {
    HOLIDAY,
    DAY_OFF,
    WORKED,
    ORDINARY,
    SUBSTITUTE;

    /** The kind as the working-day count sees it; none for an ordinary day. */
    WorkingDays.Kind forCount() {
      return switch (this) {
        case HOLIDAY -> WorkingDays.Kind.HOLIDAY;
        case DAY_OFF, SUBSTITUTE -> WorkingDays.Kind.DAY_OFF;
        case WORKED -> WorkingDays.Kind.WORKED;
        case ORDINARY -> null;
      };
    }
  }

  /** A new entry as an office or a script gives it. */
  public static CalendarDay of(
      LocalDate day, Kind kind, String name, String legalBasis, boolean unconfirmed) {
    return new CalendarDay(day, kind, name, legalBasis, unconfirmed, null, null);
  }
}
