package vn.dangbo.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The working-day calendar as the Government announces it: Monday to Friday, less the public
 * holidays and the days off a notice gives, plus the Saturdays a notice makes working days (a
 * weekday off swapped for a Saturday). A public holiday on a weekend gives the next working day off
 * (Bộ luật Lao động 2019, Điều 112, khoản 3). Deadlines in the regulations ("within 60 working
 * days") are counted with it.
 *
 * <p>The calendar knows the last day it was recorded for: past it, a count is only a count of
 * weekdays, and {@link #isRecorded} says so, so that callers warn instead of answering silently.
 */
public final class WorkingDays {

  /** What an entry of the calendar makes of its day. */
  public enum Kind {
    /** A public holiday of the Labour Code; on a weekend, the next working day is off. */
    HOLIDAY,
    /** A day off given by a notice (Tết, a weekday swapped for a Saturday). */
    DAY_OFF,
    /** A Saturday or Sunday a notice makes a working day. */
    WORKED
  }

  private final Set<LocalDate> off = new HashSet<>();
  private final Set<LocalDate> worked = new HashSet<>();
  private final Map<LocalDate, LocalDate> substitutes = new TreeMap<>();
  private final LocalDate recordedThrough;

  /**
   * The calendar of the entries given, recorded up to {@code recordedThrough} (null when nothing is
   * recorded, so that every day is past the record).
   */
  public WorkingDays(Map<LocalDate, Kind> entries, LocalDate recordedThrough) {
    this.recordedThrough = recordedThrough;
    var byDay = new TreeMap<>(entries);
    byDay.forEach(
        (day, kind) -> {
          if (kind == Kind.WORKED) {
            worked.add(day);
          } else {
            off.add(day);
          }
        });
    byDay.forEach(
        (day, kind) -> {
          if (kind == Kind.HOLIDAY && isWeekend(day)) {
            var substitute = day.plusDays(1);
            while (!isWorkingDay(substitute)) {
              substitute = substitute.plusDays(1);
            }
            off.add(substitute);
            substitutes.put(substitute, day);
          }
        });
  }

  /** Weekdays only: no holiday recorded, nothing recorded. */
  public static WorkingDays weekdaysOnly() {
    return new WorkingDays(Map.of(), null);
  }

  public boolean isWorkingDay(LocalDate day) {
    return worked.contains(day) || (!isWeekend(day) && !off.contains(day));
  }

  public static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** The day on which {@code count} working days after {@code from} have passed. */
  public LocalDate plus(LocalDate from, int count) {
    LocalDate day = from;
    int left = count;
    while (left > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /** Whether the calendar is recorded for the day: if not, its holidays are not known. */
  public boolean isRecorded(LocalDate day) {
    return recordedThrough != null && !day.isAfter(recordedThrough);
  }

  /** The last day the calendar is recorded for, if any. */
  public Optional<LocalDate> recordedThrough() {
    return Optional.ofNullable(recordedThrough);
  }

  /** The days off given in place of a holiday on a weekend, with the holiday each replaces. */
  public Map<LocalDate, LocalDate> substitutes() {
    return Map.copyOf(substitutes);
  }
}
