package vn.dangbo.members;

import java.time.LocalDate;

/** Records of members as tests need them. */
public final class MemberFixtures {

  private MemberFixtures() {}

  /** A young Mông woman of the cell admitted at the ceremony given (decided two weeks before). */
  public static MemberRecord admittedAt(String name, long cell, LocalDate ceremony) {
    return new MemberRecord(
        name,
        null,
        Sex.FEMALE,
        LocalDate.of(2000, 2, 2),
        null,
        null,
        null,
        8,
        null,
        "9/12",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        cell,
        null,
        ceremony.minusDays(14),
        ceremony,
        false,
        false,
        false,
        false);
  }
}
