package vn.dangbo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTests {

  private static final Period JULY_2025_ON = Period.from(LocalDate.of(2025, 7, 1));
  private static final Period UNTIL_MERGER =
      new Period(LocalDate.of(2000, 1, 1), LocalDate.of(2025, 7, 1));

  @ParameterizedTest
  @CsvSource({
    "2025-06-30, false, true",
    "2025-07-01, true, false",
    "2030-01-01, true, false",
    "2000-01-01, false, true",
    "1999-12-31, false, false"
  })
  void startIsIncludedAndEndIsExcluded(LocalDate day, boolean afterMerger, boolean beforeMerger) {
    assertThat(JULY_2025_ON.contains(day)).isEqualTo(afterMerger);
    assertThat(UNTIL_MERGER.contains(day)).isEqualTo(beforeMerger);
  }

  @ParameterizedTest
  @CsvSource({"2025-07-01, 2025-07-01", "2025-07-02, 2025-07-01"})
  void refusesAPeriodThatEndsBeforeItStarts(LocalDate from, LocalDate to) {
    assertThatThrownBy(() -> new Period(from, to)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"2025-07-01, 2025-06-30", "2024-03-01, 2024-02-29"})
  void theLastDayIsTheDayBeforeTheEnd(LocalDate to, LocalDate lastDay) {
    assertThat(new Period(LocalDate.of(2000, 1, 1), to).lastDay()).isEqualTo(lastDay);
  }
}
