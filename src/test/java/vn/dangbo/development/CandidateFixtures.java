package vn.dangbo.development;

import java.time.LocalDate;
import vn.dangbo.members.Sex;

/** People to open as sources in tests: a young Hmông farmer of the highland cells. */
public final class CandidateFixtures {

  private CandidateFixtures() {}

  /** A source of the cell from the day, born in 2002, a Youth Union member, no citizen ID. */
  public static NewCandidate source(String name, Sex sex, long cell, LocalDate since) {
    return new NewCandidate(
        name,
        sex,
        LocalDate.of(2002, 3, 4),
        8,
        null,
        9,
        true,
        "Làm nương",
        null,
        null,
        cell,
        null,
        true,
        false,
        false,
        false,
        false,
        Stage.SOURCE,
        since);
  }
}
