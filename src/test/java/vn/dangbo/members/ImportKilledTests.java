package vn.dangbo.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.identity.OrganizationScope;

/**
 * An import cut off while it writes (its database connection killed, as when the application's
 * process dies or the machine loses power) leaves none of its rows: the whole file is one
 * transaction. Runs without a test transaction, so the import really commits or dies.
 */
@SpringBootTest
class ImportKilledTests {

  private static final int ROWS = 20_000;

  @Autowired MemberImport memberImport;
  @Autowired JdbcClient jdbc;

  @Test
  void anImportKilledWhileWritingLeavesNothing() throws Exception {
    String by = "import-killed-" + System.nanoTime();
    var rows = new String[ROWS][];
    for (int i = 0; i < ROWS; i++) {
      rows[i] =
          new String[] {
            "Lầu A Páo " + Integer.toString(i, 36), "Nam", "05/04/1990", "Mông", "Chi bộ bản Bẹ", ""
          };
    }
    byte[] file = ImportFiles.xlsx(rows);
    var pool = Executors.newSingleThreadExecutor();
    var running =
        pool.submit(
            () ->
                memberImport.run(
                    new ByteArrayInputStream(file), false, OrganizationScope.all(), by));
    // wait until the import is writing rows, then kill its connection
    int killed = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (killed == 0 && !running.isDone() && System.nanoTime() < deadline) {
      killed =
          jdbc.sql(
                  """
                  select count(pg_terminate_backend(pid)) from pg_stat_activity
                  where datname = current_database() and pid <> pg_backend_pid()
                    and state = 'active' and query ilike 'copy member (%'
                  """)
              .query(Integer.class)
              .single();
      Thread.sleep(5);
    }
    pool.shutdown();
    assertThat(killed).as("the import was caught while writing").isPositive();
    assertThat(running).failsWithin(60, TimeUnit.SECONDS);
    assertThat(
            jdbc.sql("select count(*) from member where created_by = :by")
                .param("by", by)
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("select count(*) from member_status_change where entered_by = :by")
                .param("by", by)
                .query(Integer.class)
                .single())
        .isZero();
  }
}
