package vn.dangbo.members;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberStatusTests {

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
    "PROBATIONARY, OFFICIAL, true",
    "PROBATIONARY, EXEMPTED, false",
    "PROBATIONARY, TEMPORARILY_EXEMPTED, false",
    "PROBATIONARY, EXPELLED, false",
    "PROBATIONARY, REMOVED, true",
    "OFFICIAL, EXEMPTED, true",
    "OFFICIAL, TEMPORARILY_EXEMPTED, true",
    "OFFICIAL, ATTACHED_ELSEWHERE, true",
    "OFFICIAL, TRANSFERRED_OUT, true",
    "OFFICIAL, EXPELLED, true",
    "OFFICIAL, PROBATIONARY, false",
    "EXEMPTED, OFFICIAL, true",
    "EXEMPTED, ATTACHED_ELSEWHERE, false",
    "TEMPORARILY_EXEMPTED, OFFICIAL, true",
    "ATTACHED_ELSEWHERE, OFFICIAL, true",
    "ATTACHED_HERE, TRANSFERRED_OUT, true",
    "ATTACHED_HERE, OFFICIAL, false",
    "DECEASED, TRANSFERRED_OUT, false",
    "DECEASED, OFFICIAL, false",
    "TRANSFERRED_OUT, OFFICIAL, false",
    "REMOVED, PROBATIONARY, true",
    "REMOVED, OFFICIAL, false",
    "EXPELLED, PROBATIONARY, true"
  })
  void allowsOnlyTheChangesTheRulesProvideFor(MemberStatus from, MemberStatus to, boolean allowed) {
    assertThat(from.next().contains(to)).isEqualTo(allowed);
  }

  @ParameterizedTest
  @CsvSource({
    "PROBATIONARY, true",
    "OFFICIAL, true",
    "EXEMPTED, true",
    "TEMPORARILY_EXEMPTED, true",
    "ATTACHED_ELSEWHERE, true",
    "ATTACHED_HERE, false",
    "TRANSFERRED_OUT, false",
    "REMOVED, false",
    "EXPELLED, false",
    "DECEASED, false"
  })
  void countsInTheCellTotalUnlessAttachedHereOrGone(MemberStatus status, boolean counted) {
    assertThat(status.countedInCellTotal()).isEqualTo(counted);
  }
}
