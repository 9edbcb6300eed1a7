package vn.dangbo.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.Demo;
import vn.dangbo.organization.OrganizationScope;

/**
 * A dashboard is computed once and served again until a change is committed anywhere; the change
 * reaches the cache through PostgreSQL's announcements, so the next dashboard shows it.
 */
@SpringBootTest
class FigureCacheTests {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final LocalDate ON = Demo.BEFORE_MERGER;
  private static final LocalDate SINCE = LocalDate.of(2006, 1, 1);

  @Autowired Dashboards dashboards;
  @Autowired FigureCache cache;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Demo demo;

  @Test
  void aDashboardIsServedAgainUntilAChangeIsCommittedAndThenShowsIt() {
    long lc = demo.code("LC");
    var first = kept();
    assertThat(dashboards.of(lc, ON, SINCE.plusDays(1), ALL))
        .as("another period is another answer")
        .isNotSameAs(first);

    long man =
        jdbc.sql(
                """
                select m.id from member m join member_status_change c on c.member_id = m.id
                where m.sex = 'MALE' and c.to_status = 'OFFICIAL' and c.effective_on <= :on
                  and (c.valid_until is null or c.valid_until > :on)
                  and c.cell_id in (select organization_id from organization_version
                                    where parent_id = :lc)
                order by m.id limit 1
                """)
            .param("on", ON)
            .param("lc", lc)
            .query(Long.class)
            .single();
    setSex(man, "FEMALE");
    try {
      waitFor(() -> langCheu() != first, "the change to void the dashboard");
      assertThat(langCheu().members().women()).isEqualTo(first.members().women() + 1);
    } finally {
      setSex(man, "MALE");
    }
    waitFor(
        () -> langCheu().members().women() == first.members().women(),
        "the change back to be shown");
  }

  @Test
  void pagesThatChangeNoFigureLeaveTheKeptDashboard() throws Exception {
    var kept = kept();
    // a signed-in page view saves the session and the full record of a member writes an audit
    // line: neither is announced
    jdbc.sql(
            "update spring_session set last_access_time = last_access_time + 1"
                + " where primary_id in (select primary_id from spring_session limit 1)")
        .update();
    jdbc.sql(
            "insert into audit_log (actor, action, record_type, record_id)"
                + " values ('test', 'VIEW', 'member', '1')")
        .update();
    Thread.sleep(300);
    assertThat(langCheu()).isSameAs(kept);
  }

  @Test
  void aTransactionThatWritesIsNeverServedAKeptDashboard() {
    var kept = kept();
    transactions.executeWithoutResult(
        status -> {
          assertThat(langCheu()).isNotSameAs(kept);
          status.setRollbackOnly();
        });
  }

  @Test
  void whileTheListeningConnectionIsDownNothingIsKept() {
    var kept = kept();
    assertThat(
            jdbc.sql("select pg_terminate_backend(:pid)")
                .param("pid", cache.listenerPid())
                .query(Boolean.class)
                .single())
        .isTrue();
    waitFor(() -> langCheu() != kept, "the lost connection to void it");
    waitFor(cache::listening, "the cache to listen again");
    var again = langCheu();
    assertThat(langCheu()).isSameAs(again);
  }

  @Test
  void everyTableUnderAuditAnnouncesItsChangesAndSoDoesOneAddedLater() {
    String silent =
        """
        select c.relname from pg_class c join pg_namespace s on s.oid = c.relnamespace
        where s.nspname = current_schema() and c.relkind = 'r'
          and exists (select 1 from pg_trigger t where t.tgrelid = c.oid
                      and t.tgname = 'audit_insert')
          and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid
                          and t.tgname = 'announce_change')
        """;
    assertThat(jdbc.sql(silent).query(String.class).list()).isEmpty();
    transactions.executeWithoutResult(
        status -> {
          jdbc.sql("create table announced_later (id bigint primary key)").update();
          jdbc.sql("select audit_table('announced_later')").query().singleRow();
          assertThat(
                  jdbc.sql(
                          "select t.tgname from pg_trigger t"
                              + " where t.tgrelid = 'announced_later'::regclass order by 1")
                      .query(String.class)
                      .list())
              .containsExactly("announce_change", "audit_delete", "audit_insert", "audit_update");
          status.setRollbackOnly();
        });
  }

  /** Làng Chếu's dashboard on {@link #ON}. */
  private Dashboard langCheu() {
    return dashboards.of(demo.code("LC"), ON, SINCE, ALL);
  }

  /** Làng Chếu's dashboard once the cache listens, checked to be served again as it is. */
  private Dashboard kept() {
    waitFor(cache::listening, "the cache to listen");
    var kept = langCheu();
    assertThat(langCheu()).isSameAs(kept);
    return kept;
  }

  private void setSex(long member, String sex) {
    jdbc.sql("update member set sex = :sex where id = :id")
        .param("sex", sex)
        .param("id", member)
        .update();
  }

  private static void waitFor(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
