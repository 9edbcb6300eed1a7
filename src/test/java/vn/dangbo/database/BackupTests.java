package vn.dangbo.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.dangbo.accounts.TestUsers;

/** Backup and restore: a round trip into a fresh database reproduces every row of every table. */
@SpringBootTest
@AutoConfigureMockMvc
class BackupTests {

  @Autowired Backups backups;
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;

  @Test
  void aBackupRestoredIntoAnEmptyDatabaseHoldsEveryRow() throws Exception {
    var zip = new ByteArrayOutputStream();
    var written = backups.backup(zip);
    assertThat(written.rows()).containsKeys("member", "audit_log", "meeting_document");
    assertThat(written.rows().get("member")).isPositive();

    String name = "restore_" + System.nanoTime();
    jdbc.sql("create database " + name).update();
    try (var target = dataSourceFor(name)) {
      var restored = backups.restore(() -> new ByteArrayInputStream(zip.toByteArray()), target);
      assertThat(restored.rows()).isEqualTo(written.rows());

      List<String> tables;
      try (var connection = dataSource.getConnection()) {
        tables = Backups.tablesInLoadOrder(connection);
      }
      var restoredJdbc = JdbcClient.create(target);
      for (var table : tables) {
        String digest =
            "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                + " from \""
                + table
                + "\" t";
        assertThat(restoredJdbc.sql(digest).query(String.class).single())
            .as(table)
            .isEqualTo(jdbc.sql(digest).query(String.class).single());
      }
      // the counters go on after the highest id, and the triggers are back on
      long before = restoredJdbc.sql("select max(id) from place").query(Long.class).single();
      long audited = restoredJdbc.sql("select count(*) from audit_log").query(Long.class).single();
      long id =
          restoredJdbc
              .sql(
                  "insert into place (commune_id, name, kind, valid_from)"
                      + " select commune_id, 'Bản mới', kind, valid_from from place limit 1"
                      + " returning id")
              .query(Long.class)
              .single();
      assertThat(id).isGreaterThan(before);
      assertThat(restoredJdbc.sql("select count(*) from audit_log").query(Long.class).single())
          .isEqualTo(audited + 1);

      // never over data
      assertThatThrownBy(
              () -> backups.restore(() -> new ByteArrayInputStream(zip.toByteArray()), target))
          .isInstanceOf(BackupException.class)
          .hasMessageContaining("chỉ khôi phục vào một cơ sở dữ liệu trống");
    } finally {
      jdbc.sql("drop database if exists " + name + " with (force)").update();
    }
  }

  @Test
  void somethingElseIsNotRestored() {
    assertThatThrownBy(
            () ->
                backups.restore(
                    () -> new ByteArrayInputStream("không phải zip".getBytes()), dataSource))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("không phải bản sao lưu");
  }

  @Test
  void aBackupFileAppearsWholeOrNotAtAll(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("sao-luu.zip");
    BackupCommand.backupTo(backups, file);
    assertThat(file).exists();
    try (var files = Files.list(directory)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void onlyAnAdministratorDownloadsABackup() {
    assertThat(mvc.get().uri("/admin/backup").with(users.signedIn("admin")))
        .hasStatusOk()
        .hasContentType("application/zip");
    assertThat(mvc.get().uri("/admin/backup").with(users.signedIn("vanphong.langcheu")))
        .hasStatus(403);
    assertThat(mvc.get().uri("/admin/backup")).hasStatus3xxRedirection();
  }

  private HikariDataSource dataSourceFor(String database) throws Exception {
    String url;
    try (var connection = dataSource.getConnection()) {
      url = connection.getMetaData().getURL();
    }
    var target = new HikariDataSource();
    target.setJdbcUrl(url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"));
    target.setUsername("postgres");
    target.setMaximumPoolSize(2);
    return target;
  }
}
