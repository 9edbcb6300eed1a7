package vn.dangbo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module owns its tables: the SQL of a module names only its own tables, and of the others'
 * only the views and code lists they publish ({@code database/table-owners.tsv}). Every string
 * literal of {@code src/main/java} is read as SQL; a table named after {@code from}, {@code join},
 * {@code into}, {@code update}, {@code copy} or {@code table} belongs to the module whose package
 * holds the file, or is published. Every table and view the migrations create has an owner.
 */
class TableOwnershipTests {

  static final Path SOURCES = Path.of("src/main/java/vn/dangbo");
  static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  static final Path OWNERS = Path.of("src/test/resources/database/table-owners.tsv");

  private static final Pattern LITERAL =
      Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
  private static final Pattern NAMED =
      Pattern.compile(
          "\\b(?:from|join|into|update|copy|table)\\s+([a-z_][a-z0-9_]*)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CREATED =
      Pattern.compile(
          "(create|drop)\\s+(?:table|view)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

  record Owner(String module, boolean published) {}

  @Test
  void noModuleNamesATableItDoesNotOwnInItsSql() throws IOException {
    var owners = owners();
    var violations = new TreeSet<String>();
    for (var file : javaFiles()) {
      String module = moduleOf(file);
      for (var table : tablesNamedIn(Files.readString(file, StandardCharsets.UTF_8))) {
        var owner = owners.get(table);
        if (owner != null && !owner.module().equals(module) && !owner.published()) {
          violations.add(
              SOURCES.relativize(file) + ": " + table + " (owned by " + owner.module() + ")");
        }
      }
    }

    assertThat(violations)
        .as(
            "tables named by a module that does not own them (read through the owner's API or a view it publishes)")
        .isEmpty();
  }

  @Test
  void everyTableAndViewOfTheMigrationsHasAnOwner() throws IOException {
    var created = new TreeSet<String>();
    for (var file : MigrationFiles.inOrder(MIGRATIONS)) {
      var matcher = CREATED.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (matcher.find()) {
        String name = matcher.group(2).toLowerCase();
        if (matcher.group(1).equalsIgnoreCase("create")) {
          created.add(name);
        } else {
          created.remove(name);
        }
      }
    }

    assertThat(owners().keySet()).as("owners listed").containsAll(created);
    assertThat(created)
        .as("listed tables that no migration creates")
        .containsAll(owners().keySet());
  }

  /** The tables a Java source names in the SQL of its string literals. */
  static List<String> tablesNamedIn(String source) {
    var tables = new ArrayList<String>();
    var literals = LITERAL.matcher(source);
    while (literals.find()) {
      String text = literals.group(1) != null ? literals.group(1) : literals.group(2);
      var named = NAMED.matcher(text);
      while (named.find()) {
        tables.add(named.group(1).toLowerCase());
      }
    }
    return tables;
  }

  /** The module of a source file: the first package under vn.dangbo ("app" for the root). */
  static String moduleOf(Path file) {
    var relative = SOURCES.relativize(file);
    return relative.getNameCount() == 1 ? "app" : relative.getName(0).toString();
  }

  static List<Path> javaFiles() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** The migrations in the order Flyway runs them. */
  static final class MigrationFiles {

    static List<Path> inOrder(Path folder) throws IOException {
      try (var files = Files.list(folder)) {
        return files
            .sorted(
                java.util.Comparator.comparingInt(
                    f ->
                        Integer.parseInt(
                            f.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
            .toList();
      }
    }
  }

  static Map<String, Owner> owners() throws IOException {
    var owners = new TreeMap<String, Owner>();
    for (var line : Files.readAllLines(OWNERS, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t");
      owners.put(parts[0], new Owner(parts[1], parts[2].equals("yes")));
    }
    return owners;
  }

  @Test
  void theCheckSeesATableNamedInAnotherModulesSql() {
    String source =
        "class X { String sql = \"\"\"\n select * from member m join meeting g on true\n\"\"\"; }";

    assertThat(tablesNamedIn(source)).containsExactly("member", "meeting");
  }
}
