package vn.dangbo.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * One cell's kept member figures (a row of {@code member_tally}), or the sum of several: counts by
 * status, the women and the members attached here, and the counts by ethnic group, age band,
 * education and home place, with the first day one of the cell's members may change age band.
 */
final class MemberTally {

  private static final JsonMapper JSON = new JsonMapper();

  /** The columns a kept row is read from. */
  static final String COLUMNS =
      "cell_id, total, official, probationary, exempted, women, attached_here,"
          + " cast(groups as text) as groups";

  /** The values of {@code grouped_by} in {@link MemberTallies#COUNT}. */
  private static final int BY_SEX = 0b01111;

  private static final int BY_ETHNICITY = 0b10111;
  private static final int BY_EDUCATION = 0b11011;
  private static final int BY_PLACE = 0b11101;
  private static final int BY_BAND = 0b11110;

  int total;
  int official;
  int probationary;
  int exempted;
  int women;
  int attachedHere;
  LocalDate until;
  final Map<String, Map<String, Integer>> groups = new LinkedHashMap<>();

  /**
   * Adds one row of {@link MemberTallies#COUNT}; {@code grouped_by} says which grouping it belongs
   * to: a bit for each of sex, ethnic group, education, home place and band, set when the row is
   * not grouped by it ({@code grouping()}), or -1 for the day a band may change.
   */
  void count(ResultSet rs) throws SQLException {
    int groupedBy = rs.getInt("grouped_by");
    if (groupedBy == -1) {
      until = rs.getObject("until", LocalDateTime.class).toLocalDate();
      return;
    }
    var status = MemberStatus.valueOf(rs.getString("status"));
    int people = rs.getInt("people");
    if (groupedBy == BY_SEX && status == MemberStatus.ATTACHED_HERE) {
      attachedHere += people;
    }
    if (!status.countedInCellTotal()) {
      return;
    }
    switch (groupedBy) {
      case BY_SEX -> {
        total += people;
        official += status == MemberStatus.OFFICIAL ? people : 0;
        probationary += status == MemberStatus.PROBATIONARY ? people : 0;
        exempted +=
            status == MemberStatus.EXEMPTED || status == MemberStatus.TEMPORARILY_EXEMPTED
                ? people
                : 0;
        women += "FEMALE".equals(rs.getString("sex")) ? people : 0;
      }
      case BY_ETHNICITY -> add("ethnicity", rs.getString("ethnicity_code"), people);
      case BY_EDUCATION ->
          add(
              "education",
              MemberStatistics.educationLevel(rs.getString("general_education")),
              people);
      case BY_PLACE -> {
        // members without a home place are left out of the places
        if (rs.getString("home_place_id") != null) {
          add("places", rs.getString("home_place_id"), people);
        }
      }
      case BY_BAND -> add("age", rs.getString("band"), people);
      default -> throw new IllegalStateException("unexpected grouping " + groupedBy);
    }
  }

  void add(String group, String key, int people) {
    groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).merge(key, people, Integer::sum);
  }

  void add(MemberTally cell) {
    total += cell.total;
    official += cell.official;
    probationary += cell.probationary;
    exempted += cell.exempted;
    women += cell.women;
    attachedHere += cell.attachedHere;
    cell.groups.forEach((group, counts) -> counts.forEach((k, n) -> add(group, k, n)));
  }

  boolean sameFigures(MemberTally other) {
    return total == other.total
        && official == other.official
        && probationary == other.probationary
        && exempted == other.exempted
        && women == other.women
        && attachedHere == other.attachedHere
        && Objects.equals(groups, other.groups);
  }

  void write(JdbcClient jdbc, long cell, LocalDate on) {
    jdbc.sql(
            """
            update member_tally set stale = false, computed_on = :on, valid_until = :until,
              total = :total, official = :official, probationary = :probationary,
              exempted = :exempted, women = :women, attached_here = :attachedHere,
              groups = cast(:groups as jsonb)
            where cell_id = :cell
            """)
        .param("cell", cell)
        .param("on", on)
        .param("until", until)
        .param("total", total)
        .param("official", official)
        .param("probationary", probationary)
        .param("exempted", exempted)
        .param("women", women)
        .param("attachedHere", attachedHere)
        .param("groups", JSON.writeValueAsString(groups))
        .update();
  }

  @SuppressWarnings("unchecked")
  static MemberTally read(ResultSet rs) throws SQLException {
    var tally = new MemberTally();
    tally.total = rs.getInt("total");
    tally.official = rs.getInt("official");
    tally.probationary = rs.getInt("probationary");
    tally.exempted = rs.getInt("exempted");
    tally.women = rs.getInt("women");
    tally.attachedHere = rs.getInt("attached_here");
    Map<String, Map<String, Integer>> groups = JSON.readValue(rs.getString("groups"), Map.class);
    groups.forEach((group, counts) -> counts.forEach((k, n) -> tally.add(group, k, n)));
    return tally;
  }

  /** The overview of the cells: their figures added up, and each cell's counts. */
  static MemberStatistics.Overview overview(
      Map<Long, MemberTally> cells, Map<Integer, String> ethnicGroups) {
    var sum = new MemberTally();
    var byCell = new HashMap<Long, MemberStatistics.CellCounts>();
    cells.forEach(
        (cell, tally) -> {
          sum.add(tally);
          if (tally.total > 0) {
            byCell.put(
                cell,
                new MemberStatistics.CellCounts(
                    tally.total, tally.official, tally.probationary, tally.women));
          }
        });
    var byEthnicity = new HashMap<String, Integer>();
    sum.groups
        .getOrDefault("ethnicity", Map.of())
        .forEach(
            (code, n) ->
                byEthnicity.merge(ethnicGroups.get(Integer.valueOf(code)), n, Integer::sum));
    var byPlace = new HashMap<Long, Integer>();
    sum.groups
        .getOrDefault("places", Map.of())
        .forEach((id, n) -> byPlace.put(Long.valueOf(id), n));
    return new MemberStatistics.Overview(
        new MemberFigures(
            sum.total,
            sum.official,
            sum.probationary,
            sum.exempted,
            sum.women,
            sum.attachedHere,
            MemberStatistics.largestFirst(byEthnicity),
            MemberStatistics.bands(sum.groups.getOrDefault("age", Map.of())),
            MemberStatistics.levels(sum.groups.getOrDefault("education", Map.of()))),
        byCell,
        byPlace);
  }

  @Override
  public String toString() {
    return "total=%d official=%d probationary=%d exempted=%d women=%d attachedHere=%d %s"
        .formatted(total, official, probationary, exempted, women, attachedHere, groups);
  }
}
