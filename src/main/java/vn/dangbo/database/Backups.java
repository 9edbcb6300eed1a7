package vn.dangbo.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Service;

/**
 * A backup is one zip file holding every table of the database (meeting documents and document
 * templates included, since files are kept in the database), each as PostgreSQL's binary {@code
 * COPY}, with a manifest naming the schema version, the tables in the order they load and their row
 * counts. It is read in one transaction, so it is consistent even while people work. A restore goes
 * into an empty database: the schema is built by the migrations up to the backup's version, the
 * rows are loaded with the tables' own triggers off (the audit trail and the history ranges are
 * restored as they were, not written again), the counters are set past the highest ids, and the
 * later migrations run.
 */
@Service
public class Backups {

  static final String MANIFEST = "manifest.properties";
  private static final String FORMAT = "dangbo-backup-1";

  private final DataSource dataSource;

  Backups(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** What a backup held: the schema version and the rows of each table. */
  public record Summary(String schemaVersion, Map<String, Long> rows) {}

  /** Writes a backup of the whole database to the stream. */
  public Summary backup(OutputStream out) {
    try (var connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try (var statement = connection.createStatement()) {
        statement.execute("set transaction read only");
      }
      var copy = connection.unwrap(PGConnection.class).getCopyAPI();
      String version = schemaVersion(connection);
      var tables = tablesInLoadOrder(connection);
      var rows = new LinkedHashMap<String, Long>();
      var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
      for (var table : tables) {
        zip.putNextEntry(new ZipEntry("data/" + table + ".copy"));
        rows.put(
            table,
            copy.copyOut(
                "copy " + quote(table) + " to stdout (format binary)", new KeepOpenOutput(zip)));
        zip.closeEntry();
      }
      var manifest = new Properties();
      manifest.setProperty("format", FORMAT);
      manifest.setProperty("schemaVersion", version);
      manifest.setProperty("createdAt", Instant.now().toString());
      manifest.setProperty("tables", String.join(",", tables));
      rows.forEach((table, n) -> manifest.setProperty("rows." + table, String.valueOf(n)));
      zip.putNextEntry(new ZipEntry(MANIFEST));
      manifest.store(zip, "dangbo backup");
      zip.closeEntry();
      zip.finish();
      connection.commit();
      return new Summary(version, rows);
    } catch (SQLException e) {
      throw new BackupException("Không sao lưu được: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Restores a backup into the target database, which must be empty (no dangbo tables, or only
   * empty ones). The zip is read twice (manifest first), so it comes as a re-openable source.
   */
  public Summary restore(ZipSource zip, DataSource target) {
    var manifest = new Properties();
    try (var in = zip.open()) {
      if (!seek(in, MANIFEST)) {
        throw new BackupException(
            "Tệp không phải bản sao lưu dangbo (thiếu " + MANIFEST + ").", null);
      }
      manifest.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new BackupException("Không đọc được tệp sao lưu: " + e.getMessage(), e);
    }
    if (!FORMAT.equals(manifest.getProperty("format"))) {
      throw new BackupException(
          "Tệp sao lưu có định dạng lạ: " + manifest.getProperty("format"), null);
    }
    String version = manifest.getProperty("schemaVersion");
    var tables = List.of(manifest.getProperty("tables").split(","));
    requireEmpty(target);
    migrate(target, version);
    var rows = new LinkedHashMap<String, Long>();
    try (var connection = target.getConnection()) {
      connection.setAutoCommit(false);
      var copy = connection.unwrap(PGConnection.class).getCopyAPI();
      try (var statement = connection.createStatement()) {
        for (var table : tables) {
          statement.execute("alter table " + quote(table) + " disable trigger user");
        }
        // the rows the migrations seed are in the backup too, as they were
        statement.execute(
            "truncate "
                + String.join(", ", tables.stream().map(Backups::quote).toList())
                + " restart identity");
      }
      try (var in = zip.open()) {
        var entries = new LinkedHashMap<String, Long>();
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
          String name = entry.getName();
          if (name.startsWith("data/") && name.endsWith(".copy")) {
            String table = name.substring(5, name.length() - 5);
            if (!tables.contains(table)) {
              throw new BackupException("Bảng lạ trong tệp sao lưu: " + table, null);
            }
            entries.put(
                table,
                copy.copyIn(
                    "copy " + quote(table) + " from stdin (format binary)", new KeepOpenInput(in)));
          }
        }
        // tables were written in load order, so they were loaded in it too
        for (var table : tables) {
          long expected = Long.parseLong(manifest.getProperty("rows." + table, "-1"));
          long loaded = entries.getOrDefault(table, -1L);
          if (loaded != expected) {
            throw new BackupException(
                "Bảng " + table + ": tệp ghi " + expected + " dòng, nạp được " + loaded + ".",
                null);
          }
          rows.put(table, loaded);
        }
      }
      try (var statement = connection.createStatement()) {
        for (var table : tables) {
          statement.execute("alter table " + quote(table) + " enable trigger user");
        }
        resetCounters(connection, tables);
      }
      connection.commit();
    } catch (SQLException | IOException e) {
      throw new BackupException("Không khôi phục được: " + e.getMessage(), e);
    }
    migrate(target, null);
    return new Summary(version, rows);
  }

  /** A zip that can be opened more than once (a file on disk, or bytes in memory). */
  @FunctionalInterface
  public interface ZipSource {
    InputStream openStream() throws IOException;

    default ZipInputStream open() throws IOException {
      return new ZipInputStream(openStream(), StandardCharsets.UTF_8);
    }
  }

  private static void migrate(DataSource target, String version) {
    var configuration = Flyway.configure().dataSource(target).locations("classpath:db/migration");
    if (version != null) {
      configuration.target(version);
    }
    configuration.load().migrate();
  }

  private static String schemaVersion(Connection connection) throws SQLException {
    try (var statement = connection.createStatement();
        var rs =
            statement.executeQuery(
                "select version from flyway_schema_history where success and version is not null"
                    + " order by installed_rank desc limit 1")) {
      if (!rs.next()) {
        throw new BackupException("Cơ sở dữ liệu chưa có lược đồ dangbo.", null);
      }
      return rs.getString(1);
    }
  }

  /**
   * The application's tables, each after the tables it refers to (so foreign keys hold while they
   * load); the migrations' own history and the transient event log are left out.
   */
  static List<String> tablesInLoadOrder(Connection connection) throws SQLException {
    var references = new LinkedHashMap<String, List<String>>();
    try (var statement = connection.createStatement();
        var rs =
            statement.executeQuery(
                """
                select c.relname,
                  coalesce(array_agg(distinct r.relname) filter (where r.relname is not null
                    and r.relname <> c.relname), '{}') as refs
                from pg_class c join pg_namespace s on s.oid = c.relnamespace
                left join pg_constraint f on f.conrelid = c.oid and f.contype = 'f'
                left join pg_class r on r.oid = f.confrelid
                where s.nspname = current_schema() and c.relkind = 'r'
                  and c.relname <> 'flyway_schema_history'
                  and c.relname not like 'event_publication%'
                  and c.relname not like 'spring_session%'
                group by c.relname order by c.relname
                """)) {
      while (rs.next()) {
        references.put(rs.getString(1), List.of((String[]) rs.getArray(2).getArray()));
      }
    }
    var ordered = new LinkedHashSet<String>();
    var visiting = new LinkedHashSet<String>();
    for (var table : references.keySet()) {
      visit(table, references, ordered, visiting);
    }
    return new ArrayList<>(ordered);
  }

  private static void visit(
      String table,
      Map<String, List<String>> references,
      LinkedHashSet<String> ordered,
      LinkedHashSet<String> visiting) {
    if (ordered.contains(table)) {
      return;
    }
    if (!visiting.add(table)) {
      throw new BackupException("Các bảng tham chiếu vòng tròn: " + visiting, null);
    }
    for (var referred : references.getOrDefault(table, List.of())) {
      visit(referred, references, ordered, visiting);
    }
    visiting.remove(table);
    ordered.add(table);
  }

  private static void resetCounters(Connection connection, List<String> tables)
      throws SQLException {
    try (var statement = connection.createStatement();
        var rs =
            statement.executeQuery(
                """
                select table_name, column_name from information_schema.columns
                where table_schema = current_schema()
                  and (is_identity = 'YES' or column_default like 'nextval(%')
                """)) {
      var counters = new ArrayList<String[]>();
      while (rs.next()) {
        if (tables.contains(rs.getString(1))) {
          counters.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      for (var counter : counters) {
        try (var reset = connection.createStatement()) {
          reset.execute(
              "select setval(pg_get_serial_sequence('"
                  + quote(counter[0])
                  + "', '"
                  + counter[1]
                  + "'), coalesce(max("
                  + quote(counter[1])
                  + "), 0) + 1, false) from "
                  + quote(counter[0]));
        }
      }
    }
  }

  /** A restore starts from a database without dangbo's schema: never over data. */
  private static void requireEmpty(DataSource target) {
    try (var connection = target.getConnection();
        var statement = connection.createStatement();
        var rs =
            statement.executeQuery(
                "select count(*) from pg_tables where schemaname = current_schema()"
                    + " and tablename not like 'event_publication%'")) {
      rs.next();
      if (rs.getLong(1) > 0) {
        throw new BackupException(
            "Cơ sở dữ liệu đích đã có bảng; chỉ khôi phục vào một cơ sở dữ liệu trống.", null);
      }
    } catch (SQLException e) {
      throw new BackupException("Không kết nối được cơ sở dữ liệu đích: " + e.getMessage(), e);
    }
  }

  private static boolean seek(ZipInputStream in, String name) throws IOException {
    for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
      if (entry.getName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Table names come from the catalogue or a manifest checked against it; quoted all the same. */
  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** Passes the bytes through without letting COPY close the zip around it. */
  private static final class KeepOpenOutput extends java.io.FilterOutputStream {
    KeepOpenOutput(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** Reads one entry of the zip without letting COPY close the zip around it. */
  private static final class KeepOpenInput extends java.io.FilterInputStream {
    KeepOpenInput(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
