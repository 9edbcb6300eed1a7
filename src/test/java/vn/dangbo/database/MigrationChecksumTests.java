package vn.dangbo.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A committed migration is never edited, renamed or removed, and no version number is used twice: a
 * database migrated by an earlier commit would otherwise fail Flyway's validation on its next
 * start. The checked-in list {@code database/migration-checksums.tsv} holds each migration's
 * version, file name and SHA-256; a new migration is added to it in the same commit.
 */
class MigrationChecksumTests {

  static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  static final Path LIST = Path.of("src/test/resources/database/migration-checksums.tsv");
  private static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

  @Test
  void everyCommittedMigrationIsUnchangedAndEveryVersionUsedOnce() throws Exception {
    var listed = listed();
    var present = new TreeMap<String, String>();
    var problems = new ArrayList<String>();
    var versions = new TreeMap<Integer, String>();
    try (var files = Files.list(MIGRATIONS)) {
      for (var file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        var matcher = NAME.matcher(name);
        if (!matcher.matches()) {
          problems.add(name + ": not named V<version>__<lower_case_words>.sql");
          continue;
        }
        String clash = versions.put(Integer.parseInt(matcher.group(1)), name);
        if (clash != null) {
          problems.add(name + ": version used by " + clash + " too");
        }
        present.put(name, sha256(file));
      }
    }
    listed.forEach(
        (name, line) -> {
          String sum = present.get(name);
          if (sum == null) {
            problems.add(name + ": committed, now missing (renamed or deleted)");
          } else if (!sum.equals(line.sum())) {
            problems.add(name + ": changed after it was committed; add a new migration instead");
          }
        });
    var listedVersions = new TreeMap<Integer, String>();
    listed.forEach((name, line) -> listedVersions.put(line.version(), name));
    present.keySet().stream()
        .filter(name -> !listed.containsKey(name))
        .forEach(
            name -> {
              var matcher = NAME.matcher(name);
              matcher.matches();
              int version = Integer.parseInt(matcher.group(1));
              if (listedVersions.containsKey(version)) {
                problems.add(name + ": reuses the version of " + listedVersions.get(version));
              } else if (version <= listedVersions.lastKey()) {
                problems.add(name + ": a version below the last committed one");
              } else {
                problems.add(name + ": new; add its line to " + LIST + ": " + line(name, present));
              }
            });

    assertThat(problems).as("migrations").isEmpty();
  }

  /** The listed migrations by file name. */
  static Map<String, Listed> listed() throws IOException {
    var result = new TreeMap<String, Listed>();
    for (var line : Files.readAllLines(LIST, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t");
      result.put(parts[1], new Listed(Integer.parseInt(parts[0]), parts[2]));
    }
    return result;
  }

  private static String line(String name, Map<String, String> present) {
    var matcher = NAME.matcher(name);
    matcher.matches();
    return matcher.group(1) + "\\t" + name + "\\t" + present.get(name);
  }

  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  record Listed(int version, String sum) {}

  @Test
  void theListItselfNamesEachVersionOnce() throws Exception {
    List<Integer> versions = listed().values().stream().map(Listed::version).sorted().toList();
    assertThat(versions).doesNotHaveDuplicates();
  }
}
