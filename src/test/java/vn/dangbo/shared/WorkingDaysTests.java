package vn.dangbo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTests {

  /** Tết 2025: Monday 27 to Friday 31 January off, with the weekends around it. */
  private static final WorkingDays TET_2025 =
      new WorkingDays(
          Set.copyOf(
              IntStream.rangeClosed(27, 31).mapToObj(d -> LocalDate.of(2025, 1, d)).toList()));

  @ParameterizedTest
  @CsvSource({
    "2025-01-20, 1, 2025-01-21",
    "2025-01-24, 1, 2025-02-03",
    "2025-01-23, 2, 2025-02-03",
    "2025-01-17, 10, 2025-02-07",
    "2025-01-03, 0, 2025-01-03",
    "2025-01-10, 5, 2025-01-17"
  })
  void countsWorkingDaysSkippingWeekendsAndTet(LocalDate from, int days, LocalDate due) {
    assertThat(TET_2025.plus(from, days)).isEqualTo(due);
  }

  @ParameterizedTest
  @CsvSource({"2025-01-25, false", "2025-01-27, false", "2025-02-03, true", "2025-01-24, true"})
  void knowsTheDaysOff(LocalDate day, boolean working) {
    assertThat(TET_2025.isWorkingDay(day)).isEqualTo(working);
  }
}
