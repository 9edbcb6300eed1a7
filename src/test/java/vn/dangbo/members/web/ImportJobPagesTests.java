package vn.dangbo.members.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.dangbo.accounts.TestUsers;
import vn.dangbo.members.ImportFiles;

/**
 * A large file is imported in the background while the page shows its progress; here every file
 * counts as large. Not transactional: the import runs in its own thread and transaction.
 */
@SpringBootTest(properties = "dangbo.import.background-above=0B")
@AutoConfigureMockMvc
class ImportJobPagesTests {

  private static final String OFFICE = "vanphong.taxua";

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired JdbcClient jdbc;

  @Test
  void aBackgroundImportShowsItsProgressThenItsReportToItsOwnerOnly() throws Exception {
    long before = count();
    byte[] file =
        ImportFiles.xlsx(
            new String[] {"Hạng A Thái", "Nam", "05/04/1990", "Mông", "Chi bộ bản Bẹ", ""},
            new String[] {"Lò Văn Ân", "Nam", "01/01/1985", "Thái Lan", "Chi bộ bản Bẹ", ""});

    var started =
        mvc.post()
            .uri("/members/import")
            .multipart()
            .file(new MockMultipartFile("file", "dv.xlsx", null, file))
            .param("commit", "true")
            .with(users.signedIn(OFFICE))
            .with(csrf())
            .exchange();
    assertThat(started).hasStatus3xxRedirection();
    String page = started.getResponse().getRedirectedUrl();
    assertThat(page).startsWith("/members/import/");

    String fragment = poll(page);
    assertThat(fragment)
        .contains("Có 1 lỗi trong 2 dòng", "Thái Lan")
        .doesNotContain("<html", "hx-trigger");
    assertThat(count()).isEqualTo(before);
    assertThat(mvc.get().uri(page).with(users.signedIn(OFFICE)))
        .hasStatusOk()
        .bodyText()
        .contains("<html", "Có 1 lỗi trong 2 dòng");
    assertThat(mvc.get().uri(page).with(users.signedIn("bithu.langcheu"))).hasStatus(404);
    assertThat(mvc.get().uri("/members/import/no-such-job").with(users.signedIn(OFFICE)))
        .hasStatus(404);
  }

  @Test
  void aBackgroundImportOfTheValidRowsOnlyHandsBackTheRefusedRowsToItsOwner() throws Exception {
    String name = "Hạng A Nền " + System.nanoTime();
    byte[] file =
        ImportFiles.xlsx(
            new String[] {name, "Nam", "05/04/1990", "Mông", "Chi bộ bản Bẹ", ""},
            new String[] {"Lò Văn Ân", "Nam", "01/01/1985", "Thái Lan", "Chi bộ bản Bẹ", ""});

    var started =
        mvc.post()
            .uri("/members/import")
            .multipart()
            .file(new MockMultipartFile("file", "dv.xlsx", null, file))
            .param("commit", "true")
            .param("validRowsOnly", "true")
            .with(users.signedIn(OFFICE))
            .with(csrf())
            .exchange();
    String page = started.getResponse().getRedirectedUrl();

    String fragment = poll(page);
    assertThat(fragment)
        .contains("Đã ghi 1 đảng viên; 1 dòng bị từ chối", page + "/refused-rows.xlsx");
    var refused =
        mvc.get().uri(page + "/refused-rows.xlsx").with(users.signedIn(OFFICE)).exchange();
    assertThat(refused).hasStatusOk();
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(refused.getResponse().getContentAsByteArray()))) {
      var row = workbook.getSheetAt(0).getRow(1);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Lò Văn Ân");
      assertThat(row.getCell(ImportFiles.HEADINGS.length + 1).getStringCellValue())
          .contains("Thái Lan");
    }
    assertThat(mvc.get().uri(page + "/refused-rows.xlsx").with(users.signedIn("bithu.langcheu")))
        .hasStatus(404);
    jdbc.sql(
            "delete from member_status_change where member_id in (select id from member where full_name = :name)")
        .param("name", name)
        .update();
    jdbc.sql("delete from member where full_name = :name").param("name", name).update();
  }

  /** Asks for the progress as htmx does, until the import has finished. */
  private String poll(String page) throws Exception {
    Instant limit = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(limit)) {
      var result =
          mvc.get().uri(page).header("HX-Request", "true").with(users.signedIn(OFFICE)).exchange();
      String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
      if (!body.contains("hx-trigger")) {
        return body;
      }
      assertThat(body).contains("Đang");
      Thread.sleep(100);
    }
    throw new AssertionError("the import did not finish in 30 s");
  }

  private long count() {
    return jdbc.sql("select count(*) from member").query(Long.class).single();
  }
}
