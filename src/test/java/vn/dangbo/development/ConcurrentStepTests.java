package vn.dangbo.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.Demo;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.Sex;
import vn.dangbo.shared.RefusedException;

/**
 * Two people record the next step of the same person at the same instant, each from the page they
 * loaded: one wins, the other is told (a stale version, or the step no longer fits), and exactly
 * one step is kept. Runs without a test transaction, so both really commit or roll back.
 */
@SpringBootTest
class ConcurrentStepTests {

  private static final OrganizationScope ALL = OrganizationScope.all();

  @Autowired AdmissionPipeline development;

  @Autowired vn.dangbo.development.CandidateIntake intake;
  @Autowired Candidates candidates;
  @Autowired JdbcClient jdbc;
  @Autowired Demo demo;

  @Test
  void twoPeopleOnOneStepAtOnceOneWinsTheOtherIsTold() throws Exception {
    long id =
        intake.open(
            CandidateFixtures.person("Thào A Chống", Sex.MALE)
                .born(LocalDate.of(2001, 5, 6))
                .cell(demo.named("Chi bộ bản Bẹ"))
                .since(LocalDate.of(2025, 8, 1))
                .build(),
            ALL,
            "test");
    try {
      int version = candidates.find(id, ALL).orElseThrow().version();
      var start = new CountDownLatch(1);
      var pool = Executors.newFixedThreadPool(2);
      var results = new ArrayList<Future<Candidate>>();
      for (var reason : List.of("Đi làm ăn xa", "Chuyển đến xã khác")) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return development.record(
                      id,
                      version,
                      StepRequest.noted(StepKind.LEFT, LocalDate.of(2025, 9, 1), reason),
                      ALL,
                      reason);
                }));
      }
      start.countDown();
      int won = 0;
      var told = new ArrayList<Throwable>();
      for (var result : results) {
        try {
          result.get(30, TimeUnit.SECONDS);
          won++;
        } catch (java.util.concurrent.ExecutionException e) {
          told.add(e.getCause());
        }
      }
      pool.shutdown();

      assertThat(won).isEqualTo(1);
      assertThat(told)
          .singleElement()
          .satisfies(
              e ->
                  assertThat(e)
                      .isInstanceOfAny(
                          OptimisticLockingFailureException.class, RefusedException.class));
      assertThat(
              jdbc.sql(
                      "select count(*) from candidate_step where candidate_id = :id and kind = 'LEFT'")
                  .param("id", id)
                  .query(Integer.class)
                  .single())
          .isEqualTo(1);
    } finally {
      jdbc.sql("delete from candidate_step where candidate_id = :id").param("id", id).update();
      jdbc.sql("delete from candidate where id = :id").param("id", id).update();
    }
  }
}
