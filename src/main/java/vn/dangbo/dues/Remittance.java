package vn.dangbo.dues;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The dues an organisation collected in a month and what becomes of them: the share it keeps, what
 * it owes the level above, and what it has remitted. Amounts in VND; a share in basis points (100 =
 * 1 %) rounds half up to the dong.
 */
public record Remittance(long collected, long keeps, long owes, long remitted) {

  /** A cell under a grassroots committee: it keeps its share and owes the rest to the committee. */
  static Remittance ofCell(long collected, int keepsBasisPoints, long remitted) {
    long keeps = share(collected, keepsBasisPoints);
    return new Remittance(collected, keeps, collected - keeps, remitted);
  }

  /**
   * A grassroots organisation: of everything its cells collected, it owes its share up and keeps
   * the rest less what the cells kept.
   */
  static Remittance ofGrassroots(
      long collected, long cellsKeep, int remitsBasisPoints, long remitted) {
    long owes = share(collected, remitsBasisPoints);
    return new Remittance(collected, collected - cellsKeep - owes, owes, remitted);
  }

  /** What is still to be remitted; negative when more was remitted than owed. */
  @JsonProperty
  public long outstanding() {
    return owes - remitted;
  }

  private static long share(long amount, int basisPoints) {
    return Math.floorDiv(amount * basisPoints + 5_000, 10_000);
  }
}
