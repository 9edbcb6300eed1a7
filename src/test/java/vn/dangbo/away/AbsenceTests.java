package vn.dangbo.away;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangbo.shared.RefusedException;

/** An absence's checks and verbs, without the database. */
class AbsenceTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  private static final LocalDate SINCE = LocalDate.of(2026, 8, 1);

  @Test
  void anAbsenceNeedsAPlaceADayAndAWayToKeepInTouch() {
    assertThat(open(details("Bắc Ninh", SINCE, null)).destination()).isEqualTo("Bắc Ninh");
    assertRefused(() -> open(details(" ", SINCE, null)), "away.refused.incomplete");
    assertRefused(() -> open(details("Bắc Ninh", null, null)), "away.refused.incomplete");
    assertRefused(
        () ->
            Absence.open(
                1, 2, new Absence.Details(false, "Bắc Ninh", null, SINCE, null, null, null), TODAY),
        "away.refused.incomplete");
    assertRefused(() -> open(details("Bắc Ninh", TODAY.plusDays(1), null)), "away.refused.future");
    assertRefused(
        () -> open(details("Bắc Ninh", SINCE, SINCE.minusDays(1))),
        "away.refused.returnBeforeSince");
    assertRefused(() -> open(details("x".repeat(201), SINCE, null)), "away.refused.tooLong");
  }

  @Test
  void aContactIsBetweenTheDayTheyLeftAndTodayAndTheLatestIsKept() {
    var absence = open(details("Bắc Ninh", SINCE, null));

    var contacted =
        absence.contacted(SINCE.plusMonths(2), TODAY).contacted(SINCE.plusMonths(1), TODAY);

    assertThat(contacted.lastContact()).isEqualTo(SINCE.plusMonths(2));
    assertRefused(() -> absence.contacted(SINCE.minusDays(1), TODAY), "away.refused.contactDay");
    assertRefused(() -> absence.contacted(TODAY.plusDays(1), TODAY), "away.refused.contactDay");
    assertRefused(() -> absence.contacted(null, TODAY), "away.refused.contactDay");
  }

  @Test
  void aReturnEndsTheAbsenceOnceAndNothingIsRecordedAfterIt() {
    var back = open(details("Bắc Ninh", SINCE, null)).returned(TODAY.minusDays(3), TODAY);

    assertThat(back.open()).isFalse();
    assertThat(back.silent(TODAY.plusYears(1), 3)).as("back: never out of touch").isFalse();
    assertRefused(() -> back.returned(TODAY, TODAY), "away.refused.returned");
    assertRefused(() -> back.contacted(TODAY, TODAY), "away.refused.returned");
    assertRefused(
        () -> open(details("Bắc Ninh", SINCE, null)).returned(SINCE.minusDays(1), TODAY),
        "away.refused.returnDay");
  }

  @ParameterizedTest(name = "left {0}, last contact {1}, today {2}: out of touch {3}")
  @CsvSource({
    // three months counted from the last contact, or from the day they left
    "2026-08-01, , 2026-11-01, false",
    "2026-08-01, , 2026-11-02, true",
    "2026-08-01, 2026-10-15, 2027-01-15, false",
    "2026-08-01, 2026-10-15, 2027-01-16, true"
  })
  void outOfTouchAfterTheMonthsOfTheRule(
      LocalDate since, LocalDate contact, LocalDate today, boolean silent) {
    var absence = open(details("Bắc Ninh", since, null));
    if (contact != null) {
      absence = absence.contacted(contact, contact);
    }
    assertThat(absence.silent(today, 3)).isEqualTo(silent);
  }

  private static Absence open(Absence.Details details) {
    return Absence.open(1, 2, details, TODAY);
  }

  private static Absence.Details details(String where, LocalDate since, LocalDate back) {
    return new Absence.Details(false, where, null, since, back, ContactChannel.ZALO, null);
  }

  private static void assertRefused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
    assertThatThrownBy(call)
        .isInstanceOf(RefusedException.class)
        .extracting(e -> ((RefusedException) e).messageCode())
        .isEqualTo(code);
  }
}
