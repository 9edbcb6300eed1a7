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

  /**
   * The counted facts of the cells' members on a day (today or later: the member table holds the
   * present), counted several ways at once, and for each cell the first day after it one of its
   * counted members reaches 30, 46 or 61 (a day a band may change; for a member born on 29 February
   * it comes a day early, which only recomputes sooner).
   */
  static final String COUNT =
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

  private final JdbcClient jdbc;
  private final Members members;
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

  MemberTallies(
      JdbcClient jdbc, Members members, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.members = members;
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
    var tallies = new HashMap<Long, MemberTally>();
    for (int from = 0; from < ids.size(); from += BATCH) {
      var batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
      tallies.putAll(kept(batch, on, false));
      var due = batch.stream().filter(cell -> !tallies.containsKey(cell)).toList();
      if (!due.isEmpty()) {
        tallies.putAll(count(due, on));
        if (on.equals(LocalDate.now(clock))) {
          keepLater(due);
        }
      }
    }
    return MemberTally.overview(tallies, members.ethnicities());
  }

  /** The kept tallies of the cells that hold for the day, their rows locked if asked. */
  private Map<Long, MemberTally> kept(List<Long> cells, LocalDate on, boolean lock) {
    var kept = new HashMap<Long, MemberTally>();
    jdbc.sql(
            "select "
                + MemberTally.COLUMNS
                + " from member_tally where cell_id = any(:cells) and not stale"
                + " and computed_on <= :on and (valid_until is null or :on < valid_until)"
                + (lock ? " order by cell_id for update" : ""))
        .param("cells", cells.toArray(Long[]::new))
        .param("on", on)
        .query((RowCallbackHandler) rs -> kept.put(rs.getLong("cell_id"), MemberTally.read(rs)));
    return kept;
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
  private Map<Long, MemberTally> count(List<Long> cells, LocalDate on) {
    FigurePlanning.forThisTransaction(jdbc);
    var tallies = new LinkedHashMap<Long, MemberTally>();
    cells.forEach(cell -> tallies.put(cell, new MemberTally()));
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
                var kept = kept(batch, today, true);
                if (kept.isEmpty()) {
                  return 0;
                }
                int found = 0;
                for (var counted : count(List.copyOf(kept.keySet()), today).entrySet()) {
                  var tally = kept.get(counted.getKey());
                  if (!tally.sameFigures(counted.getValue())) {
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
}
