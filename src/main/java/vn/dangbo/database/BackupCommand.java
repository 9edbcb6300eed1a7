package vn.dangbo.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code backup FILE} and {@code restore FILE} from the command line, without starting the web
 * application: on the database of {@code DANGBO_DB_URL} (with {@code DANGBO_DB_USER}, {@code
 * DANGBO_DB_PASSWORD}), or else on the embedded one under {@code DANGBO_DATA_DIR} ({@code ./data}),
 * which must not be in use by a running dangbo at the same time.
 */
public final class BackupCommand {

  private BackupCommand() {}

  public static boolean handles(String[] args) {
    return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
  }

  /** Runs the command and returns the process's exit code. */
  public static int run(String[] args) {
    if (args.length != 2) {
      System.err.println("Cách dùng / usage: backup TỆP.zip | restore TỆP.zip");
      return 2;
    }
    Path file = Path.of(args[1]);
    // only this command's own lines and warnings on the console
    if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
        instanceof ch.qos.logback.classic.Logger root) {
      root.setLevel(ch.qos.logback.classic.Level.WARN);
    }
    String url = System.getenv("DANGBO_DB_URL");
    EmbeddedPostgresServer server = null;
    try (var dataSource = new HikariDataSource()) {
      if (url == null || url.isBlank()) {
        String directory = System.getenv("DANGBO_DATA_DIR");
        server = EmbeddedPostgresServer.start(Path.of(directory == null ? "data" : directory), 0);
        server.createDatabaseIfMissing("dangbo");
        dataSource.setJdbcUrl(server.jdbcUrl("dangbo"));
        dataSource.setUsername("postgres");
      } else {
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(System.getenv("DANGBO_DB_USER"));
        dataSource.setPassword(System.getenv("DANGBO_DB_PASSWORD"));
      }
      var backups = new Backups(dataSource);
      Backups.Summary summary;
      if (args[0].equals("backup")) {
        summary = backupTo(backups, file);
        System.out.printf("Đã sao lưu vào %s%n", file.toAbsolutePath());
      } else {
        if (!Files.isRegularFile(file)) {
          System.err.println("Không có tệp " + file.toAbsolutePath());
          return 1;
        }
        summary = backups.restore(() -> Files.newInputStream(file), dataSource);
        System.out.printf("Đã khôi phục từ %s%n", file.toAbsolutePath());
      }
      System.out.printf(
          "Lược đồ phiên bản %s, %d bảng, %,d dòng%n",
          summary.schemaVersion(),
          summary.rows().size(),
          summary.rows().values().stream().mapToLong(Long::longValue).sum());
      return 0;
    } catch (BackupException | EmbeddedDatabaseException e) {
      System.err.println(e.getMessage());
      return 1;
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  /** Writes to a temporary file beside the target, then moves it: never half a backup. */
  static Backups.Summary backupTo(Backups backups, Path file) {
    try {
      Path absolute = file.toAbsolutePath();
      Files.createDirectories(absolute.getParent());
      Path partial = Files.createTempFile(absolute.getParent(), ".dangbo-backup", ".part");
      try {
        Backups.Summary summary;
        try (var out = Files.newOutputStream(partial)) {
          summary = backups.backup(out);
        }
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
        return summary;
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
