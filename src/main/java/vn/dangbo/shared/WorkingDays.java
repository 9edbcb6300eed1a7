package vn.dangbo.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The working-day calendar: Monday to Friday, less the public holidays given. Deadlines in the
 * regulations ("within 60 working days") are counted with it; a deadline across Tết moves past the
 * Tết holidays.
 */
public record WorkingDays(Set<LocalDate> holidays) {

  public WorkingDays {
    holidays = Set.copyOf(holidays);
  }

  public boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY
        && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !holidays.contains(day);
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
}
