package vn.dangbo.meetings;

import java.util.List;

/**
 * How an organisation's cells met in a year, computed from the meeting records: per cell and month
 * the regular meetings held, the attendance rate and whether a committee member attended as a
 * guest; the thematic meetings per quarter; the members absent without reason, or with reason more
 * times in a row than the rule allows; and how often each committee member in charge attended.
 */
public record Compliance(
    long organizationId,
    int year,
    int minPercent,
    int maxExcusedInRow,
    List<CellYear> cells,
    List<Flag> unexcused,
    List<Flag> excusedInRow,
    List<InCharge> inCharge) {

  /** One cell's year: twelve months and four quarters. */
  public record CellYear(
      long cellId, String cellName, List<Month> months, List<Boolean> thematicByQuarter) {

    public long monthsWithoutRegular(int upToMonth) {
      return months.stream().filter(m -> m.month() <= upToMonth && m.regular() == 0).count();
    }
  }

  /** A month of a cell: regular meetings held, attendance in percent (null if none), a guest. */
  public record Month(int month, int regular, Integer attendancePercent, boolean guest) {}

  /** A member flagged for absences. */
  public record Flag(long memberId, String fullName, String cellName, int count) {}

  /** A committee member in charge: meetings of their cells attended, of those held. */
  public record InCharge(long committeeMemberId, String fullName, int attended, int meetings) {}
}
