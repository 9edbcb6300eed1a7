package vn.dangbo.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The embedded database backs itself up: an hour after start and then every hour it checks whether
 * the newest backup in {@code data/backups} is older than a day, makes a new one if so, and keeps
 * the newest seven. A commune's PC with nobody to run backups still has last week's data.
 */
class AutomaticBackups {

  private static final Logger log = LoggerFactory.getLogger(AutomaticBackups.class);
  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
  static final Duration EVERY = Duration.ofDays(1);
  static final int KEEP = 7;

  private final Backups backups;
  private final Path directory;
  private final Clock clock;

  AutomaticBackups(Backups backups, Path directory, Clock clock) {
    this.backups = backups;
    this.directory = directory;
    this.clock = clock;
  }

  @Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
  void backUpWhenDue() {
    try {
      var existing = backupsNewestFirst();
      if (!existing.isEmpty()
          && Files.getLastModifiedTime(existing.get(0))
              .toInstant()
              .isAfter(clock.instant().minus(EVERY))) {
        return;
      }
      Path file = directory.resolve("dangbo-" + LocalDateTime.now(clock).format(NAME) + ".zip");
      var summary = BackupCommand.backupTo(backups, file);
      log.info(
          "Backed up {} rows to {}",
          summary.rows().values().stream().mapToLong(n -> n).sum(),
          file);
      var all = backupsNewestFirst();
      for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
        Files.deleteIfExists(old);
      }
    } catch (IOException | RuntimeException e) {
      log.error("Automatic backup to {} failed", directory, e);
    }
  }

  List<Path> backupsNewestFirst() throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(f -> f.getFileName().toString().matches("dangbo-\\d{8}-\\d{4}\\.zip"))
          .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
          .toList();
    }
  }
}
