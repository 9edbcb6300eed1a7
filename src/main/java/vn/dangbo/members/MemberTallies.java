package vn.dangbo.members;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.dangbo.shared.FigurePlanning;

/**
 * Each cell's member figures of today, kept in {@code member_tally} (V60): a province's make-up is
 * added up from one row per cell instead of from its hundred thousand members. A change to a
 * member's counted facts marks the cells concerned stale in the same transaction (a trigger, so
 * every way a member is written counts: forms, imports, transfers, merges); the next read counts
 * those cells from their members and has them kept again in the background ({@link #keep}). A row
 * holds from the day it was computed until the first day a member may change age band.
 *
 * <p>{@link #check} computes every kept cell afresh and reports and mends any difference: a way of
 * writing members that escaped the trigger would show there (nightly, {@code MemberTallyCheck}).
 */
@Component
class MemberTallies {

  private static final Logger log = LoggerFactory.getLogger(MemberTallies.class);

  /** How many cells one statement recomputes or checks. */
  static final int BATCH = 1_000;

  private static final JsonMapper JSON = new JsonMapper();

  /**
   * The counted facts of the cells' members on a day (today or later: the member table holds the
   * present), counted several ways at once, and for each cell the first day after it one of its
   * counted members reaches 30, 46 or 61 (a day a band may change; for a member born on 29 February
   * it comes a day early, which only recomputes sooner).
   */
  private static final String COUNT =
      """
      with state as (
        select cell_id, status, sex, ethnicity_code, general_education, home_place_id, birth_date,
          case when birth_date > :under30 then 'UNDER_30'
               when birth_date > :under46 then '30_TO_45'
               when birth_date > :under61 then '46_TO_60'
               else 'OVER_60' end as band
        from member where cell_id = any(:cells) and status is not null
      )
      select cell_id, status, sex, ethnicity_code, general_education, home_place_id, band,
        count(*) as people, grouping(sex, ethnicity_code, general_education, home_place_id, band)
          as grouped_by, null as until
      from state
      group by grouping sets ((cell_id, status, sex), (cell_id, status, ethnicity_code),
        (cell_id, status, general_education), (cell_id, status, home_place_id),
        (cell_id, status, band))
      union all
      select cell_id, null, null, null, null, null, null, 0, -1, min(turns)
      from state cross join lateral (values (birth_date + interval '30 years'),
        (birth_date + interval '46 years'), (birth_date + interval '61 years')) as t (turns)
      where status = any(:counted) and turns > :on
      group by cell_id
      """;

  /** The values of {@code grouped_by} in {@link #COUNT}. */
  private static final int BY_SEX = 0b01111;

  private static final int BY_ETHNICITY = 0b10111;
  private static final int BY_EDUCATION = 0b11011;
  private static final int BY_PLACE = 0b11101;
  private static final int BY_BAND = 0b11110;

  private final JdbcClient jdbc;
  private final TransactionTemplate writes;
  private final Clock clock;

  /** The cells waiting to be counted and kept, and the one thread that does it. */
  private final Set<Long> waiting = ConcurrentHashMap.newKeySet();

  private final ExecutorService keeper =
      Executors.newSingleThreadExecutor(
          work -> {
            var thread = new Thread(work, "dangbo-member-tallies");
            thread.setDaemon(true);
            return thread;
          });

  MemberTallies(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.writes = new TransactionTemplate(transactions);
    this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /**
   * Whether the tallies may answer for the day: today or later, and outside a transaction that
   * writes (one that may see its own changes to members, which the tallies cannot).
   */
  boolean answer(LocalDate on) {
    return !on.isBefore(LocalDate.now(clock))
        && (!TransactionSynchronizationManager.isActualTransactionActive()
            || TransactionSynchronizationManager.isCurrentTransactionReadOnly());
  }

  /**
   * The overview of the cells on the day (see {@link #answer}): the kept tallies that hold for the
   * day, and the other cells counted from their members now (one query for all of them) and, for
   * today, kept in the background for the next read. A read never writes nor waits for a lock.
   */
  MemberStatistics.Overview overview(Collection<Long> cells, LocalDate on) {
    var ids = new ArrayList<>(new TreeSet<>(cells));
    var tallies = new HashMap<Long, Tally>();
    for (int from = 0; from < ids.size(); from += BATCH) {
      var batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
      jdbc.sql(
              """
              select cell_id, total, official, probationary, exempted, women, attached_here,
                cast(groups as text) as groups
              from member_tally where cell_id = any(:cells) and not stale
                and computed_on <= :on and (valid_until is null or :on < valid_until)
              """)
          .param("cells", batch.toArray(Long[]::new))
          .param("on", on)
          .query((RowCallbackHandler) rs -> tallies.put(rs.getLong("cell_id"), Tally.read(rs)));
      var due = batch.stream().filter(cell -> !tallies.containsKey(cell)).toList();
      if (!due.isEmpty()) {
        tallies.putAll(count(due, on));
        if (on.equals(LocalDate.now(clock))) {
          keepLater(due);
        }
      }
    }
    var sum = new Tally();
    var byCell = new HashMap<Long, MemberStatistics.CellCounts>();
    tallies.forEach(
        (cell, tally) -> {
          sum.add(tally);
          if (tally.total > 0) {
            byCell.put(
                cell,
                new MemberStatistics.CellCounts(
                    tally.total, tally.official, tally.probationary, tally.women));
          }
        });
    return sum.overview(ethnicGroupNames(), byCell);
  }

  /** Has the cells counted and kept by the background thread, unless they are waiting already. */
  private void keepLater(List<Long> cells) {
    var fresh = cells.stream().filter(waiting::add).toList();
    if (!fresh.isEmpty()) {
      keeper.execute(() -> keep(fresh));
    }
  }

  /**
   * Counts the cells of today and keeps their tallies, in a transaction of its own that first takes
   * their rows' locks: a change to these cells' members that is not committed yet holds them, and
   * is then seen by the count (or, committed after, marks the row stale again). A change that holds
   * a row for more than a second leaves the cells to the next read.
   */
  void keep(List<Long> cells) {
    LocalDate today = LocalDate.now(clock);
    try {
      writes.executeWithoutResult(
          status -> {
            jdbc.sql("set local lock_timeout = '1s'").update();
            jdbc.sql("select member_tally_stale(:cells)")
                .param("cells", cells.toArray(Long[]::new))
                .query()
                .listOfRows();
            count(cells, today).forEach((cell, tally) -> tally.write(jdbc, cell, today));
          });
    } catch (DataAccessException e) {
      log.debug("Member tallies not kept this time: {}", e.getMessage());
    } finally {
      cells.forEach(waiting::remove);
    }
  }

  @PreDestroy
  void stop() {
    keeper.shutdownNow();
  }

  /** The cells' tallies counted from their members on the day (cells without members too). */
  private Map<Long, Tally> count(List<Long> cells, LocalDate on) {
    FigurePlanning.forThisTransaction(jdbc);
    var tallies = new LinkedHashMap<Long, Tally>();
    cells.forEach(cell -> tallies.put(cell, new Tally()));
    jdbc.sql(COUNT)
        .param("cells", cells.toArray(Long[]::new))
        .param("on", on)
        .param("under30", on.minusYears(30))
        .param("under46", on.minusYears(46))
        .param("under61", on.minusYears(61))
        .param("counted", MemberStatistics.COUNTED)
        .query((RowCallbackHandler) rs -> tallies.get(rs.getLong("cell_id")).count(rs));
    return tallies;
  }

  /**
   * Counts every kept cell afresh and compares: a kept row that is current but differs is reported
   * and replaced. Returns the number of cells that differed.
   */
  int check() {
    LocalDate today = LocalDate.now(clock);
    var cells =
        jdbc.sql("select cell_id from member_tally order by cell_id").query(Long.class).list();
    int differed = 0;
    for (int from = 0; from < cells.size(); from += BATCH) {
      var batch = cells.subList(from, Math.min(cells.size(), from + BATCH));
      differed +=
          writes.execute(
              status -> {
                var kept = new HashMap<Long, Tally>();
                jdbc.sql(
                        """
                        select cell_id, total, official, probationary, exempted, women,
                          attached_here, cast(groups as text) as groups
                        from member_tally where cell_id = any(:cells) and not stale
                          and computed_on <= :on and (valid_until is null or :on < valid_until)
                        order by cell_id for update
                        """)
                    .param("cells", batch.toArray(Long[]::new))
                    .param("on", today)
                    .query(
                        (RowCallbackHandler)
                            rs -> {
                              kept.put(rs.getLong("cell_id"), Tally.read(rs));
                            });
                int found = 0;
                for (var counted : count(batch, today).entrySet()) {
                  var tally = kept.get(counted.getKey());
                  if (tally != null && !tally.sameFigures(counted.getValue())) {
                    log.warn(
                        "The kept member figures of cell {} differed from a full count and were"
                            + " replaced: kept {}, counted {}",
                        counted.getKey(),
                        tally,
                        counted.getValue());
                    counted.getValue().write(jdbc, counted.getKey(), today);
                    found++;
                  }
                }
                return found;
              });
    }
    log.info(
        "Member figures checked against a full count: {} cells, {} differed",
        cells.size(),
        differed);
    return differed;
  }

  private Map<Integer, String> ethnicGroupNames() {
    var names = new HashMap<Integer, String>();
    jdbc.sql("select code, name from ethnicity")
        .query(
            (RowCallbackHandler)
                rs -> {
                  names.put(rs.getInt("code"), rs.getString("name"));
                });
    return names;
  }

  /** One cell's figures, or the sum of several. */
  private static final class Tally {
    int total;
    int official;
    int probationary;
    int exempted;
    int women;
    int attachedHere;
    LocalDate until;
    final Map<String, Map<String, Integer>> groups = new LinkedHashMap<>();

    /**
     * Adds one row of {@link #COUNT}; {@code grouped_by} says which grouping it belongs to: a bit
     * for each of sex, ethnic group, education, home place and band, set when the row is not
     * grouped by it ({@code grouping()}), or -1 for the day a band may change.
     */
    void count(java.sql.ResultSet rs) throws java.sql.SQLException {
      int groupedBy = rs.getInt("grouped_by");
      if (groupedBy == -1) {
        until = rs.getObject("until", java.time.LocalDateTime.class).toLocalDate();
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

    void add(Tally cell) {
      total += cell.total;
      official += cell.official;
      probationary += cell.probationary;
      exempted += cell.exempted;
      women += cell.women;
      attachedHere += cell.attachedHere;
      cell.groups.forEach((group, counts) -> counts.forEach((k, n) -> add(group, k, n)));
    }

    boolean sameFigures(Tally other) {
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
    static Tally read(java.sql.ResultSet rs) throws java.sql.SQLException {
      var tally = new Tally();
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

    MemberStatistics.Overview overview(
        Map<Integer, String> ethnicGroups, Map<Long, MemberStatistics.CellCounts> byCell) {
      var byEthnicity = new HashMap<String, Integer>();
      groups
          .getOrDefault("ethnicity", Map.of())
          .forEach(
              (code, n) ->
                  byEthnicity.merge(ethnicGroups.get(Integer.valueOf(code)), n, Integer::sum));
      var byPlace = new HashMap<Long, Integer>();
      groups.getOrDefault("places", Map.of()).forEach((id, n) -> byPlace.put(Long.valueOf(id), n));
      return new MemberStatistics.Overview(
          new MemberFigures(
              total,
              official,
              probationary,
              exempted,
              women,
              attachedHere,
              MemberStatistics.largestFirst(byEthnicity),
              MemberStatistics.bands(groups.getOrDefault("age", Map.of())),
              MemberStatistics.levels(groups.getOrDefault("education", Map.of()))),
          byCell,
          byPlace);
    }

    @Override
    public String toString() {
      return "total=%d official=%d probationary=%d exempted=%d women=%d attachedHere=%d %s"
          .formatted(total, official, probationary, exempted, women, attachedHere, groups);
    }
  }
}
