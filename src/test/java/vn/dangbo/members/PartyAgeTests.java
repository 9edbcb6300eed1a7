package vn.dangbo.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangbo.shared.DecisionRef;

class PartyAgeTests {

  private static final LocalDate ADMITTED = LocalDate.of(1995, 2, 3);

  @ParameterizedTest
  @CsvSource({
    "1995-02-03, 0",
    "1995-03-02, 0",
    "1995-03-03, 1",
    "2025-02-02, 359",
    "2025-02-03, 360",
    "1990-01-01, 0"
  })
  void countsWholeMonthsFromTheAdmissionDecision(LocalDate on, long months) {
    assertThat(PartyAge.of(ADMITTED, List.of(), on).months()).isEqualTo(months);
  }

  @Test
  void deductsTheYearsOutOfTheParty() {
    var history =
        List.of(
            change(null, MemberStatus.PROBATIONARY, ADMITTED),
            change(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL, LocalDate.of(1996, 2, 20)),
            change(MemberStatus.OFFICIAL, MemberStatus.REMOVED, LocalDate.of(2005, 6, 1)),
            change(MemberStatus.REMOVED, MemberStatus.PROBATIONARY, LocalDate.of(2010, 6, 1)));

    var age = PartyAge.of(ADMITTED, history, LocalDate.of(2025, 2, 3));

    assertThat(age.years()).isEqualTo(25);
    assertThat(age.remainingMonths()).isZero();
  }

  @Test
  void stopsCountingWhileStillOut() {
    var history =
        List.of(
            change(null, MemberStatus.OFFICIAL, ADMITTED),
            change(MemberStatus.OFFICIAL, MemberStatus.EXPELLED, LocalDate.of(2015, 2, 3)));

    assertThat(PartyAge.of(ADMITTED, history, LocalDate.of(2025, 2, 3)).years()).isEqualTo(20);
  }

  private static StatusChange change(MemberStatus from, MemberStatus to, LocalDate on) {
    return new StatusChange(
        ChangeKind.STATUS, from, to, 1L, on, null, DecisionRef.NONE, null, "test", null);
  }
}
