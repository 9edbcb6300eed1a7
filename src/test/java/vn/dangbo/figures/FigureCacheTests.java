package vn.dangbo.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.Demo;
import vn.dangbo.Waiting;
import vn.dangbo.development.AdmissionPipeline;
import vn.dangbo.development.CandidateFixtures;
import vn.dangbo.development.CandidateIntake;
import vn.dangbo.development.Stage;
import vn.dangbo.development.StepKind;
import vn.dangbo.development.StepRequest;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.Sex;
import vn.dangbo.reports.Dashboard;
import vn.dangbo.reports.Dashboards;

/**
 * A dashboard is computed once and served again until a change concerning its organisation is
 * committed; the change reaches the cache through PostgreSQL's announcements, so the next dashboard
 * shows it.
 */
@SpringBootTest
class FigureCacheTests {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final LocalDate ON = Demo.BEFORE_MERGER;
  private static final LocalDate SINCE = LocalDate.of(2006, 1, 1);

  @Autowired Dashboards dashboards;
  @Autowired vn.dangbo.dues.DuesLedger ledger;
  @Autowired FigureCache cache;
  @Autowired CandidateIntake intake;
  @Autowired AdmissionPipeline development;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Demo demo;
  @Autowired DataSource dataSource;

  @Test
  void aDashboardIsServedAgainUntilAChangeConcerningItIsCommittedAndThenShowsIt() {
    long lc = demo.code("LC");
    var first = kept();
    assertThat(dashboards.of(lc, ON, SINCE.plusDays(1), ALL))
        .as("another period is another answer")
        .isNotSameAs(first);
    var district = dashboards.of(demo.code("BY"), ON, SINCE, ALL);
    var neighbour = dashboards.of(demo.code("HD"), ON, SINCE, ALL);

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
      Waiting.until(() -> langCheu() != first, "the change to void the dashboard");
      assertThat(langCheu().members().women()).isEqualTo(first.members().women() + 1);
      assertThat(dashboards.of(demo.code("BY"), ON, SINCE, ALL))
          .as("the district above it")
          .isNotSameAs(district);
      assertThat(dashboards.of(demo.code("HD"), ON, SINCE, ALL))
          .as("a commune beside it")
          .isSameAs(neighbour);
    } finally {
      setSex(man, "MALE");
    }
    Waiting.until(
        () -> langCheu().members().women() == first.members().women(),
        "the change back to be shown");
  }

  /**
   * Today's people in development come from the cells' kept counts by stage: a person opened and a
   * step that takes them out of the pipeline, each committed, show on today's kept dashboard.
   */
  @Test
  void aStepRecordedShowsOnTheKeptDashboardOfToday() {
    Waiting.until(cache::listening, "the cache to listen");
    long taXua = demo.code("TX");
    var today = LocalDate.now();
    Supplier<Dashboard> dashboard = () -> dashboards.of(taXua, today, today.withDayOfYear(1), ALL);
    var first = dashboard.get();
    assertThat(dashboard.get()).isSameAs(first);
    int sources = first.pipeline().get(Stage.SOURCE);

    long person =
        intake.open(
            CandidateFixtures.source(
                "Giàng Thị Mai", Sex.FEMALE, demo.named("Chi bộ bản Bẹ"), today),
            ALL,
            "test");
    try {
      Waiting.until(
          () -> dashboard.get().pipeline().get(Stage.SOURCE) == sources + 1,
          "the person opened to be counted");
      int version =
          jdbc.sql("select version from candidate where id = :id")
              .param("id", person)
              .query(Integer.class)
              .single();
      development.record(
          person, version, StepRequest.noted(StepKind.LEFT, today, "Đi làm ăn xa"), ALL, "test");
      Waiting.until(
          () -> dashboard.get().pipeline().get(Stage.SOURCE) == sources,
          "the person who left to be counted no more");
    } finally {
      jdbc.sql("delete from candidate_step where candidate_id = :id").param("id", person).update();
      jdbc.sql("delete from candidate where id = :id").param("id", person).update();
    }
  }

  @Test
  void aDuesPaymentVoidsTheCommunesDuesReportAndNotItsDashboard() {
    Waiting.until(cache::listening, "the cache to listen");
    long taXua = demo.code("TX");
    LocalDate today = LocalDate.now();
    var dashboard = dashboards.of(taXua, today, SINCE, ALL);
    var report = ledger.report(taXua, today.getYear(), null, ALL);
    assertThat(dashboards.of(taXua, today, SINCE, ALL)).isSameAs(dashboard);
    assertThat(ledger.report(taXua, today.getYear(), null, ALL)).as("kept").isSameAs(report);
    long member = demo.memberOwingThisMonth("Chi bộ bản Làng Chếu");

    long payment =
        jdbc.sql(
                """
                insert into dues_payment (member_id, cell_id, month, amount, method, paid_on,
                  entered_by)
                values (:member, :cell, date_trunc('month', current_date), 1000, 'CASH',
                  current_date, 'test')
                returning id
                """)
            .param("member", member)
            .param("cell", demo.named("Chi bộ bản Làng Chếu"))
            .query(Long.class)
            .single();
    try {
      Waiting.until(
          () -> ledger.report(taXua, today.getYear(), null, ALL) != report,
          "the payment to void the dues report");
      assertThat(dashboards.of(taXua, today, SINCE, ALL))
          .as("dues feed no dashboard figure")
          .isSameAs(dashboard);
    } finally {
      jdbc.sql("delete from dues_payment where id = :id").param("id", payment).update();
    }
  }

  @Test
  void aKeptDashboardIsDrawnOnceInEachLanguage() {
    kept();
    long lc = demo.code("LC");
    var drawings = new java.util.concurrent.atomic.AtomicInteger();
    java.util.function.Function<Dashboard, String> draw =
        d -> "drawing " + drawings.incrementAndGet() + " of " + d.members().total() + " members";
    String first = dashboards.drawn(lc, ON, SINCE, ALL, java.util.Locale.ROOT, draw);
    assertThat(dashboards.drawn(lc, ON, SINCE, ALL, java.util.Locale.ROOT, draw)).isSameAs(first);
    assertThat(dashboards.drawn(lc, ON, SINCE, ALL, java.util.Locale.ENGLISH, draw))
        .isNotEqualTo(first);
    assertThat(drawings).hasValue(2);
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
    Waiting.until(() -> langCheu() != kept, "the lost connection to void it");
    Waiting.until(cache::listening, "the cache to listen again");
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
          and (select count(*) from pg_trigger t where t.tgrelid = c.oid
               and t.tgname in ('announce_insert', 'announce_update', 'announce_delete',
                                'announce_truncate')) <> 4
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
              .containsExactly(
                  "announce_delete",
                  "announce_insert",
                  "announce_truncate",
                  "announce_update",
                  "audit_delete",
                  "audit_insert",
                  "audit_update");
          status.setRollbackOnly();
        });
  }

  @Test
  void aChangeNamesTheOrganisationsOfItsRowsAndThoseAboveOrAllWhenItCannotTell()
      throws SQLException {
    long lc = demo.code("LC");
    long member =
        jdbc.sql(
                """
                select c.member_id from member_status_change c
                join organization_version v on v.organization_id = c.cell_id and v.parent_id = :lc
                order by c.member_id limit 1
                """)
            .param("lc", lc)
            .query(Long.class)
            .single();
    long meeting =
        jdbc.sql(
                """
                select m.id from meeting m join meeting_attendance a on a.meeting_id = m.id
                join organization_version v on v.organization_id = m.organization_id
                where v.parent_id = :lc order by m.id limit 1
                """)
            .param("lc", lc)
            .query(Long.class)
            .single();
    try (var listener = dataSource.getConnection()) {
      try (var statement = listener.createStatement()) {
        statement.execute("listen " + FigureCache.CHANNEL);
      }
      try {
        announcements(listener.unwrap(PGConnection.class), lc, member, meeting);
      } finally {
        // the connection goes back to the pool: it must not stay listening
        try (var statement = listener.createStatement()) {
          statement.execute("unlisten *");
        }
      }
    }
  }

  private void announcements(PGConnection notices, long lc, long member, long meeting)
      throws SQLException {
    long meetingCell =
        jdbc.sql("select organization_id from meeting where id = :id")
            .param("id", meeting)
            .query(Long.class)
            .single();
    jdbc.sql("update member set sex = sex where id = :id").param("id", member).update();
    assertThat(ids(next(notices)))
        .as("a member: the cells they were ever in and everything above them")
        .contains(lc, demo.code("BY"), demo.code("SL"))
        .doesNotContain(demo.code("HD"));

    jdbc.sql("update meeting_attendance set presence = presence where meeting_id = :id")
        .param("id", meeting)
        .update();
    assertThat(ids(next(notices)))
        .as("attendance: the meeting's cell, found through the meeting")
        .contains(meetingCell, lc, demo.code("BY"))
        .doesNotContain(demo.code("HD"));

    jdbc.sql("update member set sex = sex where id = -1").update();
    assertThat(next(notices)).as("no row changed: no organisation").isEmpty();

    jdbc.sql("update user_account set failed_logins = failed_logins where username = 'admin'")
        .update();
    assertThat(next(notices))
        .as("an account (a wrong password): no figure, only what is kept of the accounts")
        .isEqualTo("accounts:*");

    jdbc.sql("update ethnicity set name = name where code = (select min(code) from ethnicity)")
        .update();
    assertThat(next(notices)).as("a table whose rows name no organisation").isEqualTo("*");
  }

  @Test
  void everyTableUnderAuditNamesTheOrganisationsItsChangesConcernOrIsKnownToNameNone() {
    var tables =
        jdbc.sql(
                """
                select c.relname, changed_organizations_query(c.relname) as query
                from pg_class c join pg_namespace s on s.oid = c.relnamespace
                where s.nspname = current_schema() and c.relkind = 'r'
                  and exists (select 1 from pg_trigger t where t.tgrelid = c.oid
                              and t.tgname = 'audit_insert')
                order by 1
                """)
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .list();
    assertThat(tables.stream().filter(t -> t[1] == null).map(t -> t[0]))
        .as(
            "changes to these concern every organisation: the tree, the rules, the minimum wages;"
                + " or, under their topic, every account")
        .containsExactlyInAnyOrder(
            "calendar_day",
            "ethnicity",
            "ethnicity_source",
            "minimum_wage",
            "organization",
            "organization_succession",
            "organization_version",
            "reorganization",
            "reorganization_subject",
            "rule_value",
            "user_account");
    for (var table : tables.stream().filter(t -> t[1] != null).toList()) {
      // each query runs over the table itself as it would over its changed rows
      assertThat(
              jdbc.sql("select count(*) from (" + table[1].formatted(table[0]) + ") found")
                  .query(Long.class)
                  .single())
          .as(table[0])
          .isNotNegative();
    }
  }

  private static String next(PGConnection notices) throws SQLException {
    var heard = notices.getNotifications(10_000);
    assertThat(heard).as("an announcement").isNotEmpty();
    return heard[0].getParameter();
  }

  private static List<Long> ids(String payload) {
    return Arrays.stream(payload.split(",")).map(Long::valueOf).toList();
  }

  /** Làng Chếu's dashboard on {@link #ON}. */
  private Dashboard langCheu() {
    return dashboards.of(demo.code("LC"), ON, SINCE, ALL);
  }

  /** Làng Chếu's dashboard once the cache listens, checked to be served again as it is. */
  private Dashboard kept() {
    Waiting.until(cache::listening, "the cache to listen");
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
}
