package vn.dangbo.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server keeps its data across restarts and never hangs on leftovers of a crash. */
class EmbeddedPostgresServerTests {

  @TempDir Path directory;

  @Test
  void keepsDataAcrossARestartOnTheSameDirectory() throws Exception {
    try (var first = EmbeddedPostgresServer.start(directory, 0)) {
      first.createDatabaseIfMissing("dangbo");
      execute(first, "create table kept (note text); insert into kept values ('còn đây')");
    }

    try (var second = EmbeddedPostgresServer.start(directory, 0)) {
      second.createDatabaseIfMissing("dangbo");
      try (var connection = DriverManager.getConnection(second.jdbcUrl("dangbo"), "postgres", "");
          var rs = connection.createStatement().executeQuery("select note from kept")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("còn đây");
      }
    }
  }

  @Test
  void refusesASecondServerOnADirectoryInUse() {
    try (var first = EmbeddedPostgresServer.start(directory, 0)) {
      assertThatThrownBy(() -> EmbeddedPostgresServer.start(directory, 0))
          .isInstanceOf(EmbeddedDatabaseException.class)
          .hasMessageContaining("đang được một tiến trình dangbo khác sử dụng");
    }
  }

  @Test
  void startsAfterACrashLeftAStalePidFile() throws Exception {
    try (var first = EmbeddedPostgresServer.start(directory, 0)) {
      first.createDatabaseIfMissing("dangbo");
    }
    // a killed run leaves postmaster.pid naming a process that no longer exists
    Files.writeString(
        directory.resolve("pg/postmaster.pid"), "999999\n" + directory.resolve("pg") + "\n");

    try (var again = EmbeddedPostgresServer.start(directory, 0)) {
      again.createDatabaseIfMissing("dangbo");
      execute(again, "select 1");
    }
  }

  private static void execute(EmbeddedPostgresServer server, String sql) throws Exception {
    try (var connection = DriverManager.getConnection(server.jdbcUrl("dangbo"), "postgres", "");
        var statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
