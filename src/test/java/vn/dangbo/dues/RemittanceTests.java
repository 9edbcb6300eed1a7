package vn.dangbo.dues;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shares kept and owed up the tree, in basis points, rounded half up to the dong. */
class RemittanceTests {

  @ParameterizedTest(name = "a cell collecting {0} keeping {1} bp: keeps {2}, owes {3}")
  @CsvSource({
    "0, 3000, 0, 0",
    "100000, 3000, 30000, 70000",
    "11000, 3000, 3300, 7700",
    // 3,300.3 rounds down, 3,301.5 up
    "11001, 3000, 3300, 7701",
    "11005, 3000, 3302, 7703",
    "50000, 0, 0, 50000",
    "50000, 10000, 50000, 0"
  })
  void aCellKeepsItsShareAndOwesTheRest(long collected, int keeps, long kept, long owed) {
    var remittance = Remittance.ofCell(collected, keeps, 0);

    assertThat(remittance.keeps()).isEqualTo(kept);
    assertThat(remittance.owes()).isEqualTo(owed);
    assertThat(remittance.keeps() + remittance.owes()).isEqualTo(collected);
  }

  @ParameterizedTest(name = "cells collecting {0}, keeping {1}, remits {2} bp: owes {3}, keeps {4}")
  @CsvSource({
    "1000000, 300000, 1000, 100000, 600000",
    "33000, 9900, 1000, 3300, 19800",
    "0, 0, 1000, 0, 0"
  })
  void aGrassrootsOrganisationOwesItsShareOfAllItsCellsCollected(
      long collected, long cellsKeep, int remits, long owed, long kept) {
    var remittance = Remittance.ofGrassroots(collected, cellsKeep, remits, 0);

    assertThat(remittance.owes()).isEqualTo(owed);
    assertThat(remittance.keeps()).isEqualTo(kept);
  }

  @ParameterizedTest(name = "owing {0} after remitting {1}: {2} outstanding")
  @CsvSource({"70000, 0, 70000", "70000, 50000, 20000", "70000, 70000, 0", "70000, 80000, -10000"})
  void whatIsOutstandingIsWhatIsOwedLessWhatWasRemitted(long owes, long remitted, long left) {
    assertThat(new Remittance(100000, 30000, owes, remitted).outstanding()).isEqualTo(left);
  }
}
