package vn.dangbo.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dangbo.development.Funnel;
import vn.dangbo.development.QuotaProgress;
import vn.dangbo.development.Stage;
import vn.dangbo.evaluations.GradeReports;
import vn.dangbo.members.MemberFigures;

/**
 * Where an organisation stands on a day: its members and their make-up, each cell's members, the
 * people in development by stage and the funnel since a day, the year's quotas, the coverage of its
 * places year by year, the year's meetings per cell, and the grades of the last years. The page and
 * the API show this same object.
 *
 * <p>The figures per cell are there for every cell. Above a commune (a province's thousand cells)
 * {@code units} names the units directly below the organisation with the cells of each, and the
 * page draws those units, each adding up its cells; for a commune or a cell it is empty and the
 * page draws the cells.
 */
public record Dashboard(
    long organizationId,
    String organizationName,
    LocalDate on,
    LocalDate since,
    MemberFigures members,
    List<Unit> units,
    List<CellMembers> cells,
    Map<Stage, Integer> pipeline,
    Funnel funnel,
    List<QuotaProgress> quotas,
    List<CoverageYear> coverage,
    List<CellMeetings> meetings,
    GradeReports.Distribution grades) {

  /** A unit directly below the organisation on the day, with the ids of the cells in it. */
  public record Unit(long id, String name, List<Long> cellIds) {}

  /** A cell's members on the day. */
  public record CellMembers(
      long cellId, String cellName, int total, int official, int probationary, int women) {}

  /** The places at the end of a year (or on the day, for its own year) and how many lack cover. */
  public record CoverageYear(int year, int places, int withoutCell, int withoutMembers) {}

  /**
   * A cell's meetings in the day's year up to the day: months with a regular meeting of the months
   * so far, the average attendance of those meetings, the quarters with a thematic meeting.
   */
  public record CellMeetings(
      long cellId,
      String cellName,
      int monthsMet,
      int monthsSoFar,
      Integer attendancePercent,
      int thematicQuarters) {}
}
