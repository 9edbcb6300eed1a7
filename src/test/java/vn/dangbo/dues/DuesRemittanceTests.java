package vn.dangbo.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;
import vn.dangbo.identity.OrganizationScope;

/**
 * The remittance of the demo commune's dues: what each cell collected in a month by the days
 * members paid, the shares kept and owed, the sums handed up, the commune's minimum-wage region,
 * and who may read and record them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DuesRemittanceTests {

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired Demo demo;
  @Autowired JdbcClient jdbc;
  @Autowired DuesRemittances remittances;
  @Autowired DuesLedger ledger;

  private final YearMonth lastMonth = YearMonth.now().minusMonths(1);

  @Test
  void aCellKeepsItsShareRemitsTheRestAndTheCommuneOwesItsShareOfAll() {
    long taXua = demo.code("TX");
    long village = demo.named("Chi bộ bản Làng Chếu");
    long collected =
        jdbc.sql(
                """
                select coalesce(sum(amount), 0) from dues_payment
                where cell_id = :cell and paid_on between :first and :last
                """)
            .param("cell", village)
            .param("first", lastMonth.atDay(1))
            .param("last", lastMonth.atEndOfMonth())
            .query(Long.class)
            .single();
    assertThat(collected).as("the demo's payments last month").isPositive();

    var before = line(remittances.sheet(taXua, lastMonth, OrganizationScope.all()), village);
    assertThat(before.collected()).isEqualTo(collected);
    assertThat(before.keeps()).isEqualTo(Math.floorDiv(collected * 3000 + 5000, 10000));
    assertThat(before.owes()).isEqualTo(collected - before.keeps());

    assertThat(
            mvc.post()
                .uri("/dues/remittance")
                .with(users.signedIn("bithu.langcheu"))
                .with(csrf())
                .param("organization", String.valueOf(village))
                .param("month", lastMonth.toString())
                .param("amount", String.valueOf(before.owes()))
                .param("reference", "PT-01"))
        .hasStatus3xxRedirection();

    var sheet = remittances.sheet(taXua, lastMonth, OrganizationScope.all());
    assertThat(line(sheet, village).remitted()).isEqualTo(before.owes());
    assertThat(line(sheet, village).outstanding()).isZero();
    var total = sheet.cellsTotal();
    var own = sheet.own().remittance();
    assertThat(own.collected()).isEqualTo(total.collected());
    assertThat(own.owes()).isEqualTo(Math.floorDiv(total.collected() * 1000 + 5000, 10000));
    assertThat(own.keeps()).isEqualTo(total.collected() - total.keeps() - own.owes());
    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}/dues-remittance?month={m}", taXua, lastMonth)
                .with(httpBasic("vanphong.taxua", Demo.PASSWORD)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.own.remittance.outstanding")
        .isEqualTo((int) own.outstanding());
    assertThat(
            mvc.get()
                .uri("/dues/remittance?organization={id}&month={m}", taXua, lastMonth)
                .with(users.signedIn("vanphong.taxua")))
        .hasStatusOk()
        .bodyText()
        .contains("Trích nộp đảng phí tháng", "Chi bộ bản Làng Chếu", "Đảng ủy nộp cấp trên");
  }

  @Test
  void aRemittanceIsRecordedOnlyByWhoManagesTheOrganisationForAMonthThatHasBegun() {
    long taXua = demo.code("TX");
    long village = demo.named("Chi bộ bản Làng Chếu");
    String body = "{\"month\":\"" + lastMonth + "\",\"amount\":50000}";

    assertThat(remit(village, body, "bithu.hangdong")).hasStatus(404);
    assertThat(remit(taXua, body, "bithu.langcheu")).hasStatus(404);
    assertThat(remit(village, body, "dangvien.langcheu")).hasStatus(403);
    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}/dues-remittance", village)
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(remit(village, body.replace(lastMonth.toString(), "2099-01"), "bithu.langcheu"))
        .hasStatus(422)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("dues.refused.remittanceMonth");
    assertThat(remit(village, body.replace("50000", "0"), "bithu.langcheu"))
        .hasStatus(422)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("dues.refused.amount");
    assertThat(remit(village, body, "bithu.langcheu")).hasStatus(201);
  }

  @Test
  void theCommuneOfficeRecordsTheCommunesMinimumWageRegion() {
    long taXua = demo.code("TX");
    String region =
        "{\"from\":\"2026-01-01\",\"region\":3,\"legalBasis\":\"Nghị định 293/2025/NĐ-CP,"
            + " phụ lục\",\"unconfirmed\":true}";

    assertThat(
            mvc.put()
                .uri("/api/v1/organizations/{id}/wage-region", taXua)
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(region))
        .hasStatus(404);
    assertThat(
            mvc.put()
                .uri("/api/v1/organizations/{id}/wage-region", taXua)
                .with(httpBasic("vanphong.taxua", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(region))
        .hasStatus(204);
    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}/wage-region", taXua)
                .with(httpBasic("vanphong.taxua", Demo.PASSWORD)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.region")
        .isEqualTo(3);
    assertThat(
            mvc.post()
                .uri("/dues/region")
                .with(users.signedIn("vanphong.taxua"))
                .with(csrf())
                .param("organization", String.valueOf(taXua))
                .param("region", "9")
                .param("from", "2026-01-01")
                .param("legalBasis", "x"))
        .hasStatusOk()
        .bodyText()
        .contains("vùng từ 1 đến 4");
  }

  @Test
  void theReportWorkbookHasTheFormsColumnsWithEachCellsLedgerAndRemittance() throws Exception {
    long taXua = demo.code("TX");
    long village = demo.named("Chi bộ bản Làng Chếu");
    int year = lastMonth.getYear();
    var report = ledger.report(taXua, year, null, OrganizationScope.all());
    var villageTotals =
        report.stream().filter(t -> t.cellId() == village).findFirst().orElseThrow();
    var villageYear =
        remittances.year(taXua, year, OrganizationScope.all()).stream()
            .filter(l -> l.organizationId() == village)
            .findFirst()
            .orElseThrow()
            .remittance();

    var download =
        mvc.get()
            .uri("/dues/report.xlsx?organization={id}&year={y}", taXua, year)
            .with(users.signedIn("vanphong.taxua"))
            .exchange();

    assertThat(download).hasStatusOk();
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(download.getResponse().getContentAsByteArray()))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Chi bộ");
      assertThat(sheet.getRow(0).getCell(10).getStringCellValue())
          .isEqualTo("Số còn phải nộp (đồng)");
      var row =
          java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum())
              .mapToObj(sheet::getRow)
              .filter(r -> r.getCell(0).getStringCellValue().equals("Chi bộ bản Làng Chếu"))
              .findFirst()
              .orElseThrow();
      assertThat(row.getCell(3).getNumericCellValue()).isEqualTo((double) villageTotals.paid());
      assertThat(row.getCell(6).getNumericCellValue())
          .isEqualTo((double) villageYear.collected())
          .isPositive();
      assertThat(row.getCell(7).getNumericCellValue()).isEqualTo((double) villageYear.keeps());
    }
    assertThat(
            mvc.get()
                .uri("/dues/report.xlsx?organization={id}&year={y}", taXua, year)
                .with(users.signedIn("bithu.hangdong")))
        .hasStatus(404);
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResult remit(
      long organization, String body, String username) {
    return mvc.post()
        .uri("/api/v1/organizations/{id}/dues-remittances", organization)
        .with(httpBasic(username, Demo.PASSWORD))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }

  private static Remittance line(DuesRemittances.Sheet sheet, long cell) {
    return sheet.cells().stream()
        .filter(l -> l.organizationId() == cell)
        .findFirst()
        .orElseThrow()
        .remittance();
  }
}
