package vn.dangbo.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PostgreSQL server started from the binaries shipped in Maven, on a data directory that
 * survives restarts.
 *
 * <p>Before starting it takes an exclusive lock on {@code dangbo.lock} in the data directory, so
 * two dangbo processes never share one database. A server left running by a killed earlier run (its
 * {@code postmaster.pid} names a live process while nobody holds the lock) is stopped first, so a
 * crash never turns into a hang on the next start.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(15);
  private static final Duration LOCK_WAIT = Duration.ofSeconds(10);

  private final EmbeddedPostgres postgres;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private EmbeddedPostgresServer(
      EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock) {
    this.postgres = postgres;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Starts the server. Whoever starts it closes it, after everything that uses it: a JVM hook of
   * its own would stop PostgreSQL while the application is still closing its connections.
   */
  static EmbeddedPostgresServer start(Path baseDirectory, int port) {
    try {
      Files.createDirectories(baseDirectory);
      var lockChannel =
          FileChannel.open(
              baseDirectory.resolve("dangbo.lock"),
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE);
      FileLock lock = tryLock(lockChannel);
      if (lock == null) {
        lockChannel.close();
        throw new EmbeddedDatabaseException(
            "Thư mục dữ liệu "
                + baseDirectory.toAbsolutePath()
                + " đang được một tiến trình dangbo khác sử dụng. Hãy dừng tiến trình đó, hoặc"
                + " chọn thư mục khác bằng DANGBO_DATA_DIR. / The data directory is in use by"
                + " another dangbo process.");
      }
      Path pgData = baseDirectory.resolve("pg");
      stopOrphanedServer(pgData);
      var builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(pgData)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false)
              .setPGStartupWait(Duration.ofSeconds(60))
              .setServerConfig("max_connections", "100")
              // the data lives on a local disk and mostly in memory: reading a page out of order
              // costs about as much as reading the next one. With the default (4) the planner
              // read all 5.6 million members rather than a province's 90,000 through the index.
              .setServerConfig("random_page_cost", "1.1")
              // compiling a query costs 50-200 ms, more than any of dangbo's queries gains by it
              .setServerConfig("jit", "off")
              .setLocaleConfig("encoding", "UTF8");
      if (port > 0) {
        builder.setPort(port);
      }
      var postgres = builder.start();
      log.info(
          "Embedded PostgreSQL running on port {} with data in {}",
          postgres.getPort(),
          pgData.toAbsolutePath());
      return new EmbeddedPostgresServer(postgres, lockChannel, lock);
    } catch (IOException e) {
      throw new EmbeddedDatabaseException(
          "Không khởi động được PostgreSQL nhúng trong "
              + baseDirectory.toAbsolutePath()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** Waits a little for a previous run that is still shutting down to let go. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
    while (true) {
      try {
        FileLock lock = channel.tryLock();
        if (lock != null || System.nanoTime() > deadline) {
          return lock;
        }
      } catch (OverlappingFileLockException e) {
        return null;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
  }

  /** We hold the lock, so a live postmaster on this directory belongs to a killed earlier run. */
  private static void stopOrphanedServer(Path pgData) throws IOException {
    Path pidFile = pgData.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of);
    if (orphan.isEmpty() || !orphan.get().isAlive()) {
      log.warn("Removing stale {} left by an earlier run", pidFile);
      Files.deleteIfExists(pidFile);
      return;
    }
    ProcessHandle process = orphan.get();
    String command = process.info().command().orElse("");
    if (!command.contains("postgres")) {
      log.warn("Removing stale {}: its process {} is not PostgreSQL", pidFile, process.pid());
      Files.deleteIfExists(pidFile);
      return;
    }
    log.warn(
        "PostgreSQL (PID {}) from an earlier run that did not stop cleanly is still running on"
            + " {}; stopping it",
        process.pid(),
        pgData);
    process.destroy();
    try {
      process.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new EmbeddedDatabaseException(
          "PostgreSQL cũ (PID "
              + process.pid()
              + ") không dừng được. Hãy dừng nó rồi chạy lại. / An old PostgreSQL process"
              + " would not stop.",
          e);
    }
  }

  private static Optional<Long> readPid(Path pidFile) {
    try {
      String firstLine =
          Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream().findFirst().orElse("");
      return Optional.of(Long.parseLong(firstLine.trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  String jdbcUrl(String database) {
    return postgres.getJdbcUrl("postgres", database);
  }

  void createDatabaseIfMissing(String database) {
    try (var connection = postgres.getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      try (var rs =
          statement.executeQuery(
              "select 1 from pg_database where datname = '" + database.replace("'", "") + "'")) {
        if (rs.next()) {
          return;
        }
      }
      statement.execute("create database \"" + database.replace("\"", "") + "\"");
    } catch (SQLException e) {
      throw new EmbeddedDatabaseException("Cannot create database " + database, e);
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
