package vn.dangbo.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The day on which a number of working days after a day have passed, and what the count rests on:
 * when it runs past the last day the calendar is recorded for, the days after it were counted as
 * weekdays only, and {@link #beyondRecord()} says so; the unconfirmed days off it skipped are
 * named.
 */
public record WorkingDayCount(
    LocalDate from,
    int count,
    LocalDate day,
    LocalDate recordedThrough,
    List<LocalDate> unconfirmedDaysOff) {

  public boolean beyondRecord() {
    return recordedThrough == null || day.isAfter(recordedThrough);
  }
}
