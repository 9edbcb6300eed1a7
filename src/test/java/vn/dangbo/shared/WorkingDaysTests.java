package vn.dangbo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangbo.shared.WorkingDays.Kind;

class WorkingDaysTests {

  /**
   * The Government's calendar from Tết 2025 to May 2027: Tết 2025 (Monday 27 to Friday 31 January
   * off), New Year 2026 (Friday 2 January off, Saturday 10 January worked), Tết 2026, Giỗ Tổ 2026
   * on a Sunday, and 30 April / 1 May 2027 (a Friday and a Saturday), recorded through 2027.
   */
  private static final WorkingDays CALENDAR = calendar();

  private static WorkingDays calendar() {
    var days = new HashMap<LocalDate, Kind>();
    for (int d = 27; d <= 31; d++) {
      days.put(LocalDate.of(2025, 1, d), Kind.DAY_OFF);
    }
    days.put(LocalDate.of(2026, 1, 1), Kind.HOLIDAY);
    days.put(LocalDate.of(2026, 1, 2), Kind.DAY_OFF);
    days.put(LocalDate.of(2026, 1, 10), Kind.WORKED);
    for (int d = 16; d <= 20; d++) {
      days.put(LocalDate.of(2026, 2, d), Kind.DAY_OFF);
    }
    days.put(LocalDate.of(2026, 4, 26), Kind.HOLIDAY);
    days.put(LocalDate.of(2027, 4, 30), Kind.HOLIDAY);
    days.put(LocalDate.of(2027, 5, 1), Kind.HOLIDAY);
    return new WorkingDays(days, LocalDate.of(2027, 12, 31));
  }

  @ParameterizedTest
  @CsvSource({
    "2025-01-20, 1, 2025-01-21",
    "2025-01-24, 1, 2025-02-03",
    "2025-01-23, 2, 2025-02-03",
    "2025-01-17, 10, 2025-02-07",
    "2025-01-03, 0, 2025-01-03",
    "2025-01-10, 5, 2025-01-17",
    // New Year 2026: 1 and 2 January off, Saturday 10 January worked
    "2025-12-26, 5, 2026-01-06",
    "2026-01-09, 1, 2026-01-10",
    "2026-01-09, 2, 2026-01-12",
    // Tết 2026: Saturday 14 to Sunday 22 February
    "2026-02-13, 1, 2026-02-23",
    // Giỗ Tổ on Sunday 26 April 2026: Monday 27 off
    "2026-04-24, 1, 2026-04-28",
    // 1 May 2027 is a Saturday: Monday 3 May off
    "2027-04-29, 1, 2027-05-04"
  })
  void countsWorkingDaysAsTheGovernmentAnnouncesThem(LocalDate from, int days, LocalDate due) {
    assertThat(CALENDAR.plus(from, days)).isEqualTo(due);
  }

  @ParameterizedTest
  @CsvSource({
    "2025-01-25, false",
    "2025-01-27, false",
    "2025-02-03, true",
    "2025-01-24, true",
    "2026-01-10, true",
    "2026-01-11, false",
    "2026-04-27, false",
    "2027-05-03, false"
  })
  void knowsTheDaysOffAndTheWorkedSaturdays(LocalDate day, boolean working) {
    assertThat(CALENDAR.isWorkingDay(day)).isEqualTo(working);
  }

  @Test
  void aHolidayOnAWeekendGivesTheNextWorkingDayAndSaysWhich() {
    assertThat(CALENDAR.substitutes())
        .isEqualTo(
            Map.of(
                LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 26),
                LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 1)));
  }

  @Test
  void aSubstituteSkipsADayThatIsAlreadyOff() {
    var days =
        Map.of(
            LocalDate.of(2028, 9, 2), Kind.HOLIDAY, // a Saturday
            LocalDate.of(2028, 9, 4), Kind.DAY_OFF);
    var calendar = new WorkingDays(days, LocalDate.of(2028, 12, 31));

    assertThat(calendar.substitutes())
        .containsExactly(Map.entry(LocalDate.of(2028, 9, 5), LocalDate.of(2028, 9, 2)));
  }

  @Test
  void knowsTheDaysItIsRecordedFor() {
    assertThat(CALENDAR.isRecorded(LocalDate.of(2027, 12, 31))).isTrue();
    assertThat(CALENDAR.isRecorded(LocalDate.of(2028, 1, 1))).isFalse();
    assertThat(WorkingDays.weekdaysOnly().isRecorded(LocalDate.of(2000, 1, 1))).isFalse();
  }
}
