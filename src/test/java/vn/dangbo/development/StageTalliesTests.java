package vn.dangbo.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.Demo;
import vn.dangbo.Waiting;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.Sex;
import vn.dangbo.organization.Organizations;

/**
 * Today's people in development by stage are added up from each cell's kept row, which the database
 * recounts whenever a candidate changes stage or cell; whatever changes candidates, the rows answer
 * what a count of the candidates answers.
 */
@SpringBootTest
class StageTalliesTests {

  private static final OrganizationScope ALL = OrganizationScope.all();

  @Autowired DevelopmentFigures figures;
  @Autowired AdmissionPipeline development;
  @Autowired CandidateIntake intake;
  @Autowired StageTallies tallies;
  @Autowired Organizations organizations;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Demo demo;

  private final LocalDate today = LocalDate.now();

  @Test
  void theCountsByStageEqualACountOfTheCandidatesAfterARandomSequenceOfChanges() {
    long taXua = demo.code("TX");
    var cells =
        jdbc.sql("select id from organization where id = any(:ids) and kind = 'CELL' order by id")
            .param("ids", organizations.everBelowOrSucceededBy(taXua).toArray(Long[]::new))
            .query(Long.class)
            .list();
    var random = new Random(20261207);
    transactions.executeWithoutResult(
        status -> {
          status.setRollbackOnly();
          var candidates = candidatesIn(cells);
          var opened = new ArrayList<Long>();
          assertThat(figures.pipelineOn(taXua, today, ALL)).isEqualTo(counted(cells));
          for (int change = 1; change <= 200; change++) {
            switch (random.nextInt(5)) {
              case 0, 1 ->
                  jdbc.sql("update candidate set stage = :stage where id = :id")
                      .param("stage", Stage.values()[random.nextInt(Stage.values().length)].name())
                      .param("id", candidates.get(random.nextInt(candidates.size())))
                      .update();
              case 2 ->
                  jdbc.sql("update candidate set cell_id = :cell where id = :id")
                      .param("cell", cellOf(cells, random))
                      .param("id", candidates.get(random.nextInt(candidates.size())))
                      .update();
              case 3 -> opened.add(open(cellOf(cells, random)));
              default -> {
                if (!opened.isEmpty()) {
                  long id = opened.remove(random.nextInt(opened.size()));
                  jdbc.sql("delete from candidate_step where candidate_id = :id")
                      .param("id", id)
                      .update();
                  jdbc.sql("delete from candidate where id = :id").param("id", id).update();
                }
              }
            }
            if (change % 20 == 0) {
              assertThat(figures.pipelineOn(taXua, today, ALL))
                  .as("after %d changes", change)
                  .isEqualTo(counted(cells));
              long cell = cellOf(candidatesCells(), random);
              assertThat(figures.pipelineOn(cell, today, ALL))
                  .as("one cell after %d changes", change)
                  .isEqualTo(counted(List.of(cell)));
            }
          }
          assertThat(tallies.check()).as("cells whose kept counts differ").isZero();
        });
  }

  @Test
  void aStepRecordedMovesItsPersonOutOfTheirStage() {
    transactions.executeWithoutResult(
        status -> {
          status.setRollbackOnly();
          var candidate =
              jdbc.sql(
                      "select id, cell_id, stage, version from candidate"
                          + " where stage = 'SYMPATHISER' order by id limit 1")
                  .query(
                      (rs, n) ->
                          List.of(
                              rs.getLong("id"), rs.getLong("cell_id"), (long) rs.getInt("version")))
                  .single();
          long cell = candidate.get(1);
          int before = figures.pipelineOn(cell, today, ALL).get(Stage.SYMPATHISER);

          development.record(
              candidate.get(0),
              candidate.get(2).intValue(),
              StepRequest.noted(StepKind.LEFT, today, "Chuyển đi nơi khác"),
              ALL,
              "test");

          assertThat(figures.pipelineOn(cell, today, ALL).get(Stage.SYMPATHISER))
              .isEqualTo(before - 1);
          assertThat(figures.pipelineOn(cell, today, ALL)).isEqualTo(counted(List.of(cell)));
        });
  }

  @Test
  void theCheckFindsAndMendsARowChangedByHand() {
    transactions.executeWithoutResult(
        status -> {
          status.setRollbackOnly();
          long cell = candidatesCells().get(0);
          jdbc.sql(
                  "update candidate_stage_tally set stages = '{\"SOURCE\": 99}' where cell_id = :c")
              .param("c", cell)
              .update();

          assertThat(tallies.check()).isEqualTo(1);
          assertThat(figures.pipelineOn(cell, today, ALL)).isEqualTo(counted(List.of(cell)));
          assertThat(tallies.check()).isZero();
        });
  }

  /**
   * Two transactions change candidates of one cell at once: the second waits for the first's lock
   * on the cell's row and then counts what the first committed, so neither change is lost.
   */
  @Test
  void twoTransactionsChangingOneCellAtOnceLoseNothing() throws Exception {
    long cell =
        jdbc.sql(
                "select cell_id from candidate where stage not in ('ADMITTED', 'LEFT')"
                    + " group by cell_id having count(*) >= 2 order by cell_id limit 1")
            .query(Long.class)
            .single();
    var pair =
        jdbc.sql(
                "select id, stage from candidate where cell_id = :c"
                    + " and stage not in ('ADMITTED', 'LEFT') order by id limit 2")
            .param("c", cell)
            .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("stage")))
            .list();
    assertThat(pair).hasSize(2);
    var firstChanged = new CountDownLatch(1);
    var secondWaits = new CountDownLatch(1);
    try {
      var first =
          CompletableFuture.runAsync(
              () ->
                  transactions.executeWithoutResult(
                      status -> {
                        leave(pair.get(0).getKey());
                        firstChanged.countDown();
                        await(secondWaits);
                      }));
      await(firstChanged);
      var second =
          CompletableFuture.runAsync(
              () -> transactions.executeWithoutResult(status -> leave(pair.get(1).getKey())));
      Waiting.until(this::aBackendWaitsForALock, "the second transaction to wait for the first");
      secondWaits.countDown();
      first.get(30, TimeUnit.SECONDS);
      second.get(30, TimeUnit.SECONDS);

      assertThat(figures.pipelineOn(cell, today, ALL)).isEqualTo(counted(List.of(cell)));
    } finally {
      for (var candidate : pair) {
        jdbc.sql("update candidate set stage = :stage where id = :id")
            .param("stage", candidate.getValue())
            .param("id", candidate.getKey())
            .update();
      }
    }
  }

  private void leave(long candidate) {
    jdbc.sql("update candidate set stage = 'LEFT' where id = :id").param("id", candidate).update();
  }

  private boolean aBackendWaitsForALock() {
    return jdbc.sql(
            "select exists (select 1 from pg_stat_activity where wait_event_type = 'Lock'"
                + " and datname = current_database())")
        .query(Boolean.class)
        .single();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private long open(long cell) {
    return intake.open(
        CandidateFixtures.source("Giàng A Páo", Sex.MALE, cell, today.minusDays(3)), ALL, "test");
  }

  private static long cellOf(List<Long> cells, Random random) {
    return cells.get(random.nextInt(cells.size()));
  }

  private List<Long> candidatesIn(List<Long> cells) {
    // not two records of one person: one of them may not be made active again
    return jdbc.sql(
            """
            select id from candidate c where cell_id = any(:cells) and (citizen_id_lookup is null
              or not exists (select 1 from candidate d
                             where d.citizen_id_lookup = c.citizen_id_lookup and d.id <> c.id))
            order by id
            """)
        .param("cells", cells.toArray(Long[]::new))
        .query(Long.class)
        .list();
  }

  private List<Long> candidatesCells() {
    return jdbc.sql("select distinct cell_id from candidate order by cell_id")
        .query(Long.class)
        .list();
  }

  /** The people in development of the cells by stage, counted from the candidates. */
  private Map<Stage, Integer> counted(List<Long> cells) {
    var counts = new EnumMap<Stage, Integer>(Stage.class);
    for (var stage : Stage.values()) {
      if (stage != Stage.ADMITTED && stage != Stage.LEFT) {
        counts.put(stage, 0);
      }
    }
    jdbc.sql(
            "select stage, count(*) as people from candidate where cell_id = any(:cells)"
                + " and stage not in ('ADMITTED', 'LEFT') group by stage")
        .param("cells", cells.toArray(Long[]::new))
        .query(
            rs -> {
              counts.put(Stage.valueOf(rs.getString("stage")), rs.getInt("people"));
            });
    return counts;
  }
}
