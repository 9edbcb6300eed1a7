package vn.dangbo.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.shared.FigurePlanning;

/**
 * Counts members of cells on a day, from the history: a member counts in the cell their latest
 * entry up to that day places them in, with that entry's status. Used by summaries and reports.
 * Figures over a set of cells are planned for the set ({@link FigurePlanning}).
 */
@Repository
@Transactional(readOnly = true)
public class MemberStatistics {

  /**
   * Each member with their status and cell on {@code :on}, kept when the cell is one of {@code
   * :cells}: the history entry in force that day, the one whose range {@code [effective_on,
   * valid_until)} holds it (the database keeps {@code valid_until}, the day of the member's next
   * entry). History entries are never dated in the future, so from today on this is the member's
   * current status and cell, which {@link #CURRENT_STATE} reads from the member table alone.
   */
  private static final String STATE_ON =
      """
      with state as (
        select m.id, m.sex, m.birth_date, m.home_place_id, m.general_education, m.ethnicity_code,
          c.to_status as status, c.cell_id
        from member_status_change c join member m on m.id = c.member_id
        where c.cell_id = any(:cells) and c.effective_on <= :on
          and (c.valid_until is null or c.valid_until > :on)
      )
      """;

  /** The same as {@link #STATE_ON} for today or later. */
  private static final String CURRENT_STATE =
      """
      with state as (
        select m.id, m.sex, m.birth_date, m.home_place_id, m.general_education, m.ethnicity_code,
          m.status, m.cell_id
        from member m
        where m.cell_id = any(:cells) and cast(:on as date) is not null
      )
      """;

  /**
   * The state's members counted three ways at once; {@code grouped_by} says which way a row counts
   * ({@code grouping(cell_id, home_place_id)}: {@link #MAKE_UP}, {@link #CELL} or {@link #PLACE}).
   */
  private static final String OVERVIEW =
      """
      select grouped_by, cell_id, home_place_id, status, sex, e.name as ethnicity, band,
        general_education, people
      from (
        select grouping(cell_id, home_place_id) as grouped_by, cell_id, home_place_id,
          status, sex, ethnicity_code, band, general_education, count(*) as people
        from (
          select state.*,
            case when birth_date > :under30 then 'UNDER_30'
                 when birth_date > :under46 then '30_TO_45'
                 when birth_date > :under61 then '46_TO_60'
                 else 'OVER_60' end as band
          from state where status is not null) members
        group by grouping sets (
          (status, sex, ethnicity_code, band, general_education),
          (cell_id, status, sex),
          (home_place_id, status))) groups
      left join ethnicity e on e.code = groups.ethnicity_code
      """;

  /** The statuses counted in a cell's total, as the database spells them. */
  static final String[] COUNTED =
      java.util.Arrays.stream(MemberStatus.values())
          .filter(MemberStatus::countedInCellTotal)
          .map(MemberStatus::name)
          .toArray(String[]::new);

  /** What {@code grouping(cell_id, home_place_id)} says each row of the overview counts. */
  private static final int CELL = 0b01;

  private static final int PLACE = 0b10;
  private static final int MAKE_UP = 0b11;

  private final JdbcClient jdbc;
  private final MemberTallies tallies;
  private final Clock clock;

  /** The state of the members on the day: from the history, or for today on from the members. */
  private String stateOn(LocalDate on) {
    return on.isBefore(LocalDate.now(clock)) ? STATE_ON : CURRENT_STATE;
  }

  MemberStatistics(JdbcClient jdbc, MemberTallies tallies, Clock clock) {
    this.jdbc = jdbc;
    this.tallies = tallies;
    this.clock = clock;
  }

  /**
   * The members of a set of cells on a day, three ways: their make-up, each cell's counts (cells
   * without members left out) and how many counted members live in each place (members without a
   * home place left out).
   */
  public record Overview(
      MemberFigures figures, Map<Long, CellCounts> byCell, Map<Long, Integer> byPlace) {}

  /** The figures of the cells on the day; the caller has already checked the cells' scope. */
  public MemberFigures of(Collection<Long> cellIds, LocalDate on) {
    return overview(cellIds, on).figures();
  }

  /**
   * The {@link Overview} of the cells on the day: for today, outside a transaction that writes,
   * added up from the cells' kept tallies ({@link MemberTallies}); otherwise read in one pass over
   * their members (a province's hundred thousand members are read once, not once per figure). The
   * caller has already checked the cells' scope.
   */
  public Overview overview(Collection<Long> cellIds, LocalDate on) {
    return tallies.answer(on) ? tallies.overview(cellIds, on) : counted(cellIds, on);
  }

  /** The {@link Overview} counted from the members (or their history, for a day before today). */
  Overview counted(Collection<Long> cellIds, LocalDate on) {
    FigurePlanning.forThisTransaction(jdbc);
    var rows = new OverviewRows();
    FigurePlanning.withRoomToHash(
        jdbc,
        () ->
            jdbc.sql(stateOn(on) + OVERVIEW)
                .param("on", on)
                .param("cells", cellIds.toArray(Long[]::new))
                // born after the day so many years before "on": younger than that on the day
                .param("under30", on.minusYears(30))
                .param("under46", on.minusYears(46))
                .param("under61", on.minusYears(61))
                .query(rows));
    return rows.overview();
  }

  /** The groups from the largest, equal ones by name. */
  static Map<String, Integer> largestFirst(Map<String, Integer> counts) {
    var sorted = new LinkedHashMap<String, Integer>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** The counts by age band, every band in order (none: 0). */
  static Map<String, Integer> bands(Map<String, Integer> counts) {
    return inOrder(counts, "UNDER_30", "30_TO_45", "46_TO_60", "OVER_60");
  }

  /** The counts by level of education, every level in order (none: 0). */
  static Map<String, Integer> levels(Map<String, Integer> counts) {
    return inOrder(counts, "PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY", "UNKNOWN");
  }

  private static Map<String, Integer> inOrder(Map<String, Integer> counts, String... keys) {
    var map = new LinkedHashMap<String, Integer>();
    for (String key : keys) {
      map.put(key, counts.getOrDefault(key, 0));
    }
    return map;
  }

  /** The level of a general education written "grade/of", such as 9/12 or 7/10. */
  static String educationLevel(String generalEducation) {
    if (generalEducation == null || !generalEducation.matches("[0-9]{1,2}/.*")) {
      return "UNKNOWN";
    }
    int grade = Integer.parseInt(generalEducation.substring(0, generalEducation.indexOf('/')));
    return grade <= 5 ? "PRIMARY" : grade <= 9 ? "LOWER_SECONDARY" : "UPPER_SECONDARY";
  }

  /** One cell's member counts on a day. */
  public record CellCounts(int total, int official, int probationary, int women) {}

  /**
   * The official members of the cell on the day: those who vote on an admission and make up the
   * denominator of its two-thirds (probationary, exempted and attached members do not).
   */
  public int officialMembersOn(long cellId, LocalDate on) {
    // one cell, not a set (any(:cells)): the prepared statements keep their generic plans
    String count =
        on.isBefore(LocalDate.now(clock))
            ? """
              select count(*) from member_status_change c
              where c.cell_id = :cell and c.to_status = 'OFFICIAL' and c.effective_on <= :on
                and (c.valid_until is null or c.valid_until > :on)
              """
            : "select count(*) from member where cell_id = :cell and status = 'OFFICIAL'";
    return jdbc.sql(count).param("on", on).param("cell", cellId).query(Integer.class).single();
  }

  /** Where a member was on a day, and in which status; empty before their record starts. */
  public Optional<Placement> placementOn(long memberId, LocalDate on) {
    return jdbc.sql(
            """
            select c.cell_id, c.to_status from member_status_change c
            where c.member_id = :id and c.effective_on <= :on
            order by c.effective_on desc, c.id desc limit 1
            """)
        .param("id", memberId)
        .param("on", on)
        .query(
            (rs, n) ->
                new Placement(
                    rs.getLong("cell_id"), MemberStatus.valueOf(rs.getString("to_status"))))
        .optional();
  }

  /** A member's cell and status on a day. */
  public record Placement(long cellId, MemberStatus status) {}

  /** A member of a cell on a day, by name, with their status that day. */
  public record OnDay(long memberId, String fullName, MemberStatus status) {}

  /** The members of the cell on the day (those who have left excluded), by name. */
  public List<OnDay> membersOn(long cellId, LocalDate on) {
    return jdbc
        .sql(
            """
            select m.id, m.full_name, c.to_status
            from member_status_change c join member m on m.id = c.member_id
            where c.cell_id = :cell and c.effective_on <= :on
              and (c.valid_until is null or c.valid_until > :on)
            order by m.search_key, m.id
            """)
        .param("on", on)
        .param("cell", cellId)
        .query(
            (rs, n) ->
                new OnDay(
                    rs.getLong("id"),
                    rs.getString("full_name"),
                    MemberStatus.valueOf(rs.getString("to_status"))))
        .list()
        .stream()
        .filter(m -> !m.status().ended())
        .toList();
  }

  /** The members of each cell on the day (those who have left excluded), by name, in one query. */
  public Map<Long, List<OnDay>> membersOn(Collection<Long> cellIds, LocalDate on) {
    var found = new java.util.HashMap<Long, List<OnDay>>();
    cellIds.forEach(cell -> found.put(cell, new java.util.ArrayList<>()));
    jdbc.sql(
            """
            select c.cell_id, m.id, m.full_name, c.to_status
            from member_status_change c join member m on m.id = c.member_id
            where c.cell_id = any(:cells) and c.effective_on <= :on
              and (c.valid_until is null or c.valid_until > :on)
            order by m.search_key, m.id
            """)
        .param("on", on)
        .param("cells", cellIds.toArray(Long[]::new))
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> {
                  var status = MemberStatus.valueOf(rs.getString("to_status"));
                  if (!status.ended()) {
                    found
                        .get(rs.getLong("cell_id"))
                        .add(new OnDay(rs.getLong("id"), rs.getString("full_name"), status));
                  }
                });
    return found;
  }

  /**
   * Which of the places had at least one counted member of the cells living there on the day. Each
   * place is looked up by the members living there until one is found (the index on the home
   * place), so the cost grows with the places, not with the members of the cells. The caller has
   * already checked the cells' scope.
   */
  public Set<Long> placesWithMembersOn(
      Collection<Long> placeIds, Collection<Long> cellIds, LocalDate on) {
    if (placeIds.isEmpty() || cellIds.isEmpty()) {
      return Set.of();
    }
    FigurePlanning.forThisTransaction(jdbc);
    return Set.copyOf(
        jdbc.sql(
                """
                select p.id from unnest(cast(:places as bigint[])) as p (id)
                where exists (
                  select 1 from member m join member_status_change c on c.member_id = m.id
                  where m.home_place_id = p.id and c.cell_id = any(:cells)
                    and c.to_status = any(:counted) and c.effective_on <= :on
                    and (c.valid_until is null or c.valid_until > :on))
                """)
            .param("places", placeIds.toArray(Long[]::new))
            .param("cells", cellIds.toArray(Long[]::new))
            .param("counted", COUNTED)
            .param("on", on)
            .query(Long.class)
            .list());
  }

  /** Adds up the rows of {@link #OVERVIEW}. */
  private static final class OverviewRows implements RowCallbackHandler {

    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, Integer> byEthnicity = new HashMap<>();
    private final Map<String, Integer> byAge = bands(Map.of());
    private final Map<String, Integer> byEducation = levels(Map.of());
    private final Map<Long, int[]> byCell = new HashMap<>(); // total, official, probationary, women
    private final Map<Long, Integer> byPlace = new HashMap<>();

    @Override
    public void processRow(ResultSet rs) throws SQLException {
      var status = MemberStatus.valueOf(rs.getString("status"));
      int people = rs.getInt("people");
      boolean woman = "FEMALE".equals(rs.getString("sex"));
      switch (rs.getInt("grouped_by")) {
        case MAKE_UP -> {
          if (status == MemberStatus.ATTACHED_HERE) {
            counts.merge("attachedHere", people, Integer::sum);
          }
          if (status.countedInCellTotal()) {
            counts.merge("total", people, Integer::sum);
            counts.merge(status.name(), people, Integer::sum);
            counts.merge("women", woman ? people : 0, Integer::sum);
            byEthnicity.merge(rs.getString("ethnicity"), people, Integer::sum);
            byAge.merge(rs.getString("band"), people, Integer::sum);
            byEducation.merge(
                educationLevel(rs.getString("general_education")), people, Integer::sum);
          }
        }
        case CELL -> {
          if (status.countedInCellTotal()) {
            var cell = byCell.computeIfAbsent(rs.getLong("cell_id"), id -> new int[4]);
            cell[0] += people;
            cell[1] += status == MemberStatus.OFFICIAL ? people : 0;
            cell[2] += status == MemberStatus.PROBATIONARY ? people : 0;
            cell[3] += woman ? people : 0;
          }
        }
        case PLACE -> {
          // members without a home place come as one group of this grouping and are left out
          // here (a filter in SQL would drop them from the other two groupings as well)
          long place = rs.getLong("home_place_id");
          if (!rs.wasNull() && status.countedInCellTotal()) {
            byPlace.merge(place, people, Integer::sum);
          }
        }
        default -> throw new IllegalStateException("unexpected grouping");
      }
    }

    Overview overview() {
      var figures =
          new MemberFigures(
              counts.getOrDefault("total", 0),
              counts.getOrDefault("OFFICIAL", 0),
              counts.getOrDefault("PROBATIONARY", 0),
              counts.getOrDefault("EXEMPTED", 0) + counts.getOrDefault("TEMPORARILY_EXEMPTED", 0),
              counts.getOrDefault("women", 0),
              counts.getOrDefault("attachedHere", 0),
              largestFirst(byEthnicity),
              byAge,
              byEducation);
      var cells = new HashMap<Long, CellCounts>();
      byCell.forEach((id, n) -> cells.put(id, new CellCounts(n[0], n[1], n[2], n[3])));
      return new Overview(figures, cells, byPlace);
    }
  }
}
