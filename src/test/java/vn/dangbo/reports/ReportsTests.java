package vn.dangbo.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;
import vn.dangbo.identity.OrganizationScope;

/** The named reports: the article's figures, the member statistics, and their files. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ReportsTests {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final Locale VI = Locale.forLanguageTag("vi");

  @Autowired Reports reports;
  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired Demo demo;
  @Autowired vn.dangbo.development.DevelopmentFigures development;
  @Autowired vn.dangbo.development.Candidates candidates;

  @Test
  void theDevelopmentWorkReportForLangCheuShowsTheArticlesFigures() {
    var json =
        assertThat(
                mvc.get()
                    .uri(
                        "/api/v1/reports/development-work?organization={id}&from=2006-01-01&to=2024-12-31",
                        demo.code("LC"))
                    .with(httpBasic("vanphong.langcheu", Demo.PASSWORD)))
            .hasStatusOk()
            .bodyJson();
    json.extractingPath("$.figures.cells").isEqualTo(14);
    json.extractingPath("$.figures.members").isEqualTo(92);
    json.extractingPath("$.figures.hmongPercent")
        .asNumber()
        .satisfies(n -> assertThat(n.intValue()).isGreaterThan(50));
    json.extractingPath("$.figures.course")
        .asNumber()
        .satisfies(n -> assertThat(n.intValue()).isGreaterThan(70));
    json.extractingPath("$.figures.admitted")
        .asNumber()
        .satisfies(n -> assertThat(n.intValue()).isGreaterThan(30));
  }

  @Test
  void theMemberCountAtTheEndIsTheStartPlusWhatCameInLessWhatWentOut() {
    for (var period :
        new Object[][] {
          {"LC", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)},
          {"LC", LocalDate.of(2006, 1, 1), LocalDate.of(2024, 12, 31)},
          {"TX", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)}
        }) {
      var report =
          reports.run(
              "member-statistics",
              demo.code((String) period[0]),
              (LocalDate) period[1],
              (LocalDate) period[2],
              ALL,
              VI);
      var f = report.figures();
      assertThat(f.get("opening") + f.get("in.total") - f.get("out.total"))
          .as("%s %s", period[0], period[1])
          .isEqualTo(f.get("closing.total"));
      assertThat(f.get("in.total"))
          .isEqualTo(
              f.get("in.admitted")
                  + f.get("in.readmitted")
                  + f.get("in.transferredIn")
                  + f.get("in.movedIn")
                  + f.get("in.recordedIn"));
    }
    var lc2024 =
        reports.run(
            "member-statistics",
            demo.code("LC"),
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 12, 31),
            ALL,
            VI);
    assertThat(lc2024.figures().get("closing.total")).isEqualTo(92);
    assertThat(lc2024.figures().get("closing.probationary")).isEqualTo(14);
    assertThat(lc2024.tables().get(0).rows())
        .anySatisfy(row -> assertThat(row).containsExactly("IV", "Đảng viên cuối kỳ", 92));
  }

  @Test
  void theWorkbookHoldsNumbersAndThePdfReadsInVietnamese() throws Exception {
    var xlsx =
        mvc.get()
            .uri(
                "/reports/member-statistics/xlsx?organization={id}&from=2024-01-01&to=2024-12-31",
                demo.code("LC"))
            .with(users.signedIn("vanphong.langcheu"))
            .exchange();
    assertThat(xlsx).hasStatusOk();
    try (var workbook =
        new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Chỉ tiêu");
      var closing =
          java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
              .filter(r -> "Đảng viên cuối kỳ".equals(r.getCell(1).getStringCellValue()))
              .findFirst()
              .orElseThrow();
      assertThat(closing.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(closing.getCell(2).getNumericCellValue()).isEqualTo(92);
    }

    var pdf =
        mvc.get()
            .uri(
                "/api/v1/reports/development-work?organization={id}&from=2006-01-01&to=2024-12-31&format=pdf",
                demo.code("LC"))
            .with(httpBasic("vanphong.langcheu", Demo.PASSWORD))
            .exchange();
    assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
    try (var document =
        org.apache.pdfbox.Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertThat(text)
          .contains(
              "Báo cáo công tác phát triển đảng viên",
              "Đảng bộ xã Làng Chếu",
              "Tỷ lệ đảng viên người Mông (%)",
              "1 / 1");
    }
    assertThat(
            mvc.get()
                .uri(
                    "/reports/dashboard/xlsx?organization={id}&from=2006-01-01&to=2024-12-31",
                    demo.code("LC"))
                .with(users.signedIn("vanphong.langcheu")))
        .hasStatusOk();
  }

  @Test
  void theMeetingGridOfAYearExportsCellByCell() throws Exception {
    var report =
        reports.run(
            "meeting-compliance",
            demo.code("LC"),
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 12, 31),
            ALL,
            VI);
    assertThat(report.tables().get(0).rows()).hasSize(14);
    assertThat(report.tables().get(0).headings()).hasSize(14).contains("Tháng 12");
    assertThat(report.tables().get(1).rows())
        .anySatisfy(row -> assertThat(row.get(1)).isEqualTo("Chi bộ bản Khe Lóng"));
    var xlsx =
        mvc.get()
            .uri(
                "/reports/meeting-compliance/xlsx?organization={id}&from=2024-01-01&to=2024-12-31",
                demo.code("LC"))
            .with(users.signedIn("vanphong.langcheu"))
            .exchange();
    assertThat(xlsx).hasStatusOk();
    try (var workbook =
        new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
      assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(14);
    }
  }

  @Test
  void theDevelopmentPagesDownloadWithTheirFigures() throws Exception {
    long lc = demo.code("LC");
    LocalDate from = LocalDate.of(2006, 1, 1);
    LocalDate to = LocalDate.of(2024, 12, 31);
    var funnel = development.funnel(lc, from, to, ALL);
    var report = reports.run("funnel", lc, from, to, ALL, VI);
    assertThat(report.figures())
        .containsEntry("course", funnel.course())
        .containsEntry("admitted", funnel.admitted());
    assertThat(report.tables()).hasSize(4);
    assertThat(report.tables().get(3).rows())
        .anySatisfy(row -> assertThat(row.get(0)).isEqualTo("Nữ"));

    var quotas = development.quotas(lc, 2024, ALL);
    var quotaReport = reports.run("quotas", lc, from, to, ALL, VI);
    assertThat(quotaReport.tables().get(0).rows()).hasSize(quotas.size());
    assertThat(quotaReport.figures().get("admitted"))
        .isEqualTo(quotas.stream().mapToInt(q -> q.admitted()).sum());

    // the board of one cell: only its people, the stage's day a real date in the workbook
    long cell = demo.named("Chi bộ bản Làng Chếu");
    var inCell = candidates.of(cell, false, ALL);
    assertThat(inCell).isNotEmpty();
    LocalDate today = LocalDate.now();
    var xlsx =
        mvc.get()
            .uri("/reports/candidates/xlsx?organization={id}&from={d}&to={d}", cell, today, today)
            .with(users.signedIn("bithu.langcheu"))
            .exchange();
    assertThat(xlsx).hasStatusOk();
    try (var workbook =
        new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(inCell.size());
      var first = sheet.getRow(1);
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Chi bộ bản Làng Chếu");
      assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(first.getCell(3)))
          .isTrue();
    }
    assertThat(mvc.get().uri("/candidates?cell={id}", cell).with(users.signedIn("bithu.langcheu")))
        .bodyText()
        .contains("/reports/candidates/xlsx?organization=" + cell);
    assertThat(
            mvc.get()
                .uri("/reports/candidates?organization={id}&from={d}&to={d}", cell, today, today)
                .with(users.signedIn("bithu.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains(
            inCell
                .get(0)
                .stageSince()
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    // another cell's secretary gets nothing of it
    assertThat(
            mvc.get()
                .uri(
                    "/api/v1/reports/candidates?organization={id}&from={d}&to={d}",
                    cell,
                    today,
                    today)
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD)))
        .hasStatus(404);
  }

  @Test
  void reportsAreScopedAndUnknownOnesRefused() {
    long lc = demo.code("LC");
    assertThat(
            mvc.get()
                .uri("/api/v1/reports/member-statistics?organization={id}", lc)
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/api/v1/reports/nothing?organization={id}", lc)
                .with(httpBasic("vanphong.langcheu", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/api/v1/reports/grades?organization={id}&to=2024-12-31&format=doc", lc)
                .with(httpBasic("vanphong.langcheu", Demo.PASSWORD)))
        .hasStatus(422);
    assertThat(
            mvc.get()
                .uri("/api/v1/reports/grades?organization={id}&from=2025-01-01&to=2024-01-01", lc)
                .with(httpBasic("vanphong.langcheu", Demo.PASSWORD)))
        .hasStatus(422);
    assertThat(mvc.get().uri("/reports").with(users.signedIn("vanphong.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Báo cáo số lượng, chất lượng đảng viên");
    assertThat(
            mvc.get()
                .uri("/reports/show?name=development-work&organization={id}", lc)
                .with(users.signedIn("vanphong.langcheu")))
        .hasStatus3xxRedirection();
  }
}
