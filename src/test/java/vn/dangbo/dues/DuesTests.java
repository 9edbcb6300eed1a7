package vn.dangbo.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
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
import vn.dangbo.protection.PersonalData;

/**
 * Dues against the demo commune's database: payments (on behalf, on the portal, a reference once),
 * the months unpaid and the alerts, the collection sheet, and who may read and write what.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DuesTests {

  private static final OrganizationScope ALL = OrganizationScope.all();

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired Demo demo;
  @Autowired JdbcClient jdbc;
  @Autowired PersonalData personalData;
  @Autowired DuesLedger ledger;
  @Autowired DuesPayments payments;

  @Test
  void aPaymentOnBehalfShowsInTheMembersYear() {
    long member = memberWithoutDues("Chi bộ bản Làng Chếu");
    var october = YearMonth.of(2026, 10);

    var month =
        payments.pay(
            member,
            new DuesPayments.PaymentRequest(
                october,
                null,
                PaymentMethod.CASH,
                null,
                "Vợ: Lò Thị Hoa",
                LocalDate.of(2026, 10, 5)),
            ALL,
            "bithu.langcheu");

    assertThat(month.status()).isEqualTo(MonthStatus.PAID);
    assertThat(month.paid()).isEqualTo(month.due()).isPositive();
    var year = ledger.year(member, 2026, ALL);
    assertThat(year.month(october).payments())
        .singleElement()
        .satisfies(p -> assertThat(p.paidBy()).isEqualTo("Vợ: Lò Thị Hoa"));
  }

  @Test
  void aPortalReferenceIsRecordedOnce() {
    long member = memberWithoutDues("Chi bộ bản Làng Chếu");
    String body =
        "{\"month\":\"2026-09\",\"method\":\"PORTAL\",\"reference\":\"DVC-2026-778899\","
            + "\"paidOn\":\"2026-09-12\"}";

    var first =
        mvc.post()
            .uri("/api/v1/members/{id}/dues/payments", member)
            .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body);
    assertThat(first).hasStatus(201).bodyJson().extractingPath("$.status").isEqualTo("PAID");
    var second =
        mvc.post()
            .uri("/api/v1/members/{id}/dues/payments", member)
            .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body.replace("2026-09", "2026-08").replace("-08-12", "-09-12"));
    assertThat(second)
        .hasStatus(422)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("dues.refused.referenceTaken");
  }

  @Test
  void theApiAnswersTheMonthsOfTheYearWithTheUnpaidCountAndTheAlerts() {
    long member = memberWithoutDues("Chi bộ bản Làng Chếu");
    for (int m = 2; m <= 8; m++) {
      payments.pay(
          member,
          new DuesPayments.PaymentRequest(
              YearMonth.of(2026, m),
              null,
              PaymentMethod.CASH,
              null,
              null,
              LocalDate.of(2026, m, 20)),
          ALL,
          "bithu.langcheu");
    }

    var year =
        mvc.get()
            .uri("/api/v1/members/{id}/dues?year=2026", member)
            .with(httpBasic("bithu.langcheu", Demo.PASSWORD));

    assertThat(year).hasStatusOk();
    var json = assertThat(year).bodyJson();
    json.extractingPath("$.months.length()").isEqualTo(12);
    json.extractingPath("$.months[0].status").isEqualTo("BEFORE_LEDGER");
    json.extractingPath("$.months[7].status").isEqualTo("PAID");
    var ledgerYear = ledger.year(member, 2026, ALL);
    // the months from September that have ended unpaid: at least September, October, November
    long ended =
        java.util.stream.IntStream.rangeClosed(9, 12)
            .filter(m -> YearMonth.of(2026, m).isBefore(YearMonth.now()))
            .count();
    assertThat(ledgerYear.unpaidMonths()).isEqualTo(ended).isGreaterThanOrEqualTo(3);
    assertThat(ledgerYear.alert()).isTrue();
    assertThat(ledgerYear.removalDue()).isTrue();
    json.extractingPath("$.unpaidMonths").isEqualTo((int) ended);
  }

  @Test
  void theCollectionSheetListsTheCellsMembersWithTheirMonth() {
    long cell = demo.named("Chi bộ bản Làng Chếu");

    var lines = ledger.collection(cell, YearMonth.of(2026, 10), ALL);

    assertThat(lines).isNotEmpty();
    assertThat(lines)
        .allSatisfy(l -> assertThat(l.month().month()).isEqualTo(YearMonth.of(2026, 10)));
    assertThat(
            mvc.get()
                .uri("/dues?cell={cell}&month=2026-10", cell)
                .with(users.signedIn("bithu.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Thu đảng phí tháng 10/2026", "Đã thu tiền mặt");
    var xlsx =
        mvc.get()
            .uri("/dues.xlsx?cell={cell}&month=2026-10", cell)
            .with(users.signedIn("bithu.langcheu"))
            .exchange();
    assertThat(xlsx).hasStatusOk();
    try (var workbook =
        org.apache.poi.ss.usermodel.WorkbookFactory.create(
            new java.io.ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
      assertThat(sheet.getLastRowNum()).isEqualTo(lines.size());
      assertThat(sheet.getRow(1).getCell(3).getNumericCellValue())
          .isEqualTo((double) lines.get(0).month().due());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theCommunesReportAddsUpItsCellsSheets() {
    long taXua = demo.code("TX");
    long village = demo.named("Chi bộ bản Làng Chếu");

    var year = ledger.report(taXua, 2026, null, ALL);
    var october = ledger.report(taXua, 2026, 10, ALL);

    assertThat(year).extracting(DuesLedger.CellTotals::cellId).contains(village);
    var sheet = ledger.collection(village, YearMonth.of(2026, 10), ALL);
    var villageOctober =
        october.stream().filter(t -> t.cellId() == village).findFirst().orElseThrow();
    assertThat(villageOctober.due())
        .isEqualTo(sheet.stream().mapToLong(l -> l.month().due()).sum());
    assertThat(villageOctober.paid())
        .isEqualTo(sheet.stream().mapToLong(l -> l.month().paid()).sum());
    assertThat(villageOctober.unpaidMonths()).isPositive(); // the demo's members behind
    assertThat(
            mvc.get()
                .uri("/dues/report?organization={id}&year=2026", taXua)
                .with(users.signedIn("vanphong.taxua")))
        .hasStatusOk()
        .bodyText()
        .contains("Đảng phí năm 2026 theo chi bộ", "Chi bộ bản Làng Chếu");
    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}/dues-report?year=2026", taXua)
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD)))
        .hasStatus(404);
  }

  @Test
  void aSecretaryRecordsACashPaymentFromTheSheet() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    long member = memberWithoutDues("Chi bộ bản Làng Chếu");

    assertThat(
            mvc.post()
                .uri("/dues/payments")
                .with(users.signedIn("bithu.langcheu"))
                .with(csrf())
                .param("member", String.valueOf(member))
                .param("month", "2026-10")
                .param("cell", String.valueOf(cell)))
        .hasStatus3xxRedirection()
        .hasRedirectedUrl("/dues?cell=" + cell + "&month=2026-10");
    assertThat(ledger.year(member, 2026, ALL).month(YearMonth.of(2026, 10)).status())
        .isEqualTo(MonthStatus.PAID);
  }

  @Test
  void threeMonthsUnpaidLeadToARemovalPreparedOnTheRecordNotMadeByItself() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    long member = memberWithoutDues("Chi bộ bản Làng Chếu");
    String status =
        jdbc.sql("select status from member where id = :id")
            .param("id", member)
            .query(String.class)
            .single();

    var sheet =
        mvc.get()
            .uri("/dues?cell={cell}&month=2026-10", cell)
            .with(users.signedIn("bithu.langcheu"));
    assertThat(sheet)
        .hasStatusOk()
        .bodyText()
        .contains("Lập đề nghị xóa tên", "/members/" + member + "?propose=REMOVED");
    assertThat(
            mvc.get()
                .uri("/members/{id}?propose=REMOVED&reason={reason}", member, "Chua dong 3 thang")
                .with(users.signedIn("bithu.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains(">Chua dong 3 thang</textarea>", "value=\"REMOVED\" selected=\"selected\"");
    assertThat(
            jdbc.sql("select status from member where id = :id")
                .param("id", member)
                .query(String.class)
                .single())
        .isEqualTo(status);
  }

  @Test
  void aPortalStatementIsMatchedByCitizenIdWithADryRunFirst() {
    long member = memberWithoutDues("Chi bộ bản Làng Chếu");
    String citizenId =
        personalData.open(
            jdbc.sql("select citizen_id from member where id = :id")
                .param("id", member)
                .query(String.class)
                .single());
    String recorded =
        jdbc.sql("select min(reference) from dues_payment where reference is not null")
            .query(String.class)
            .single();
    String csv =
        String.join(
            "\n",
            "Mã giao dịch;Số định danh;Tháng;Số tiền;Ngày nộp",
            "DVC-TEST-1;" + citizenId + ";09/2026;11.000;12/09/2026",
            "DVC-TEST-2;" + citizenId + ";10/2026;11000;12/10/2026",
            "DVC-TEST-1;" + citizenId + ";11/2026;11000;12/11/2026",
            "DVC-TEST-3;000000000000;10/2026;11000;12/10/2026",
            recorded + ";" + citizenId + ";08/2026;11000;12/08/2026");
    var file =
        new org.springframework.mock.web.MockMultipartFile(
            "file",
            "bang-ke.csv",
            "text/csv",
            csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    var dryRun =
        mvc.post()
            .uri("/api/v1/dues/portal-statements")
            .multipart()
            .file(file)
            .with(httpBasic("bithu.langcheu", Demo.PASSWORD));
    assertThat(dryRun).hasStatusOk();
    var report = assertThat(dryRun).bodyJson();
    report.extractingPath("$.matched").isEqualTo(2);
    report.extractingPath("$.unmatched").isEqualTo(1);
    report.extractingPath("$.duplicates").isEqualTo(2);
    report.extractingPath("$.committed").isEqualTo(false);
    report.extractingPath("$.lines[3].outcome").isEqualTo("UNMATCHED");
    assertThat(ledger.year(member, 2026, ALL).month(YearMonth.of(2026, 9)).paid()).isZero();

    var commit =
        mvc.post()
            .uri("/api/v1/dues/portal-statements")
            .multipart()
            .file(file)
            .param("commit", "true")
            .with(httpBasic("bithu.langcheu", Demo.PASSWORD));
    assertThat(commit).hasStatusOk().bodyJson().extractingPath("$.matched").isEqualTo(2);
    var year = ledger.year(member, 2026, ALL);
    assertThat(year.month(YearMonth.of(2026, 9)).status()).isEqualTo(MonthStatus.PAID);
    assertThat(year.month(YearMonth.of(2026, 10)).payments())
        .singleElement()
        .satisfies(p -> assertThat(p.reference()).isEqualTo("DVC-TEST-2"));
    assertThat(year.month(YearMonth.of(2026, 11)).paid()).isZero();
    assertThat(
            mvc.post()
                .uri("/dues/portal")
                .multipart()
                .file(file)
                .with(users.signedIn("bithu.langcheu"))
                .with(csrf()))
        .hasStatusOk()
        .bodyText()
        .contains("Chạy thử: chưa ghi gì", "Không khớp", "Đã ghi trước");
  }

  @Test
  void anotherCellsSecretaryAndAnotherMemberSeeNothingAndWriteNothing() {
    long member = memberWithoutDues("Chi bộ bản Làng Chếu");
    long hangDong = demo.named("Chi bộ bản Háng Đồng");
    String payment = "{\"month\":\"2026-10\",\"method\":\"CASH\",\"paidOn\":\"2026-10-05\"}";

    assertThat(
            mvc.get()
                .uri("/api/v1/members/{id}/dues?year=2026", member)
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.post()
                .uri("/api/v1/members/{id}/dues/payments", member)
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(payment))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}/dues?month=2026-10", hangDong)
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/api/v1/members/{id}/dues?year=2026", member)
                .with(httpBasic("dangvien.langcheu", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/api/v1/members/{id}/dues?year=2026", ownRecord())
                .with(httpBasic("dangvien.langcheu", Demo.PASSWORD)))
        .hasStatusOk();
    assertThat(
            mvc.post()
                .uri("/api/v1/members/{id}/dues/payments", ownRecord())
                .with(httpBasic("dangvien.langcheu", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(payment))
        .hasStatus(403);
  }

  @Test
  void aMemberReadsAndPrintsTheReceiptsOfTheirOwnPaymentsOnly() {
    long own = ownRecord();
    long payment =
        payments
            .pay(
                own,
                new DuesPayments.PaymentRequest(
                    YearMonth.of(2026, 12),
                    30000L,
                    PaymentMethod.CASH,
                    null,
                    "Vợ",
                    LocalDate.now()),
                ALL,
                "bithu.langcheu")
            .payments()
            .get(0)
            .id();
    String receipt = "/members/" + own + "/dues/receipts/" + payment;

    assertThat(mvc.get().uri(receipt).with(users.signedIn("dangvien.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Biên lai thu đảng phí", "12/2026", "Vợ");
    var pdf = mvc.get().uri(receipt + ".pdf").with(users.signedIn("dangvien.langcheu")).exchange();
    assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
    assertThat(
            new String(
                pdf.getResponse().getContentAsByteArray(),
                0,
                4,
                java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF");
    long other = memberWithoutDues("Chi bộ bản Làng Chếu");
    assertThat(
            mvc.get()
                .uri("/members/" + other + "/dues/receipts/" + payment)
                .with(users.signedIn("bithu.langcheu")))
        .hasStatus(404);
    assertThat(mvc.get().uri(receipt).with(users.signedIn("bithu.hangdong"))).hasStatus(404);
  }

  @Test
  void theSecretaryRecordsAReductionAndABasisFromTheLedgerPage() {
    long member = memberWithoutDues("Chi bộ bản Làng Chếu");
    String ledgerPage = "/members/" + member + "/dues?year=2026";
    assertThat(mvc.get().uri(ledgerPage).with(users.signedIn("bithu.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Miễn, giảm đảng phí theo quyết định", "Căn cứ đóng đảng phí");
    assertThat(mvc.get().uri(ledgerPage).with(users.signedIn("phutrach.my")))
        .hasStatusOk()
        .bodyText()
        .doesNotContain("Miễn, giảm đảng phí theo quyết định");

    assertThat(
            mvc.post()
                .uri("/members/{id}/dues/relief", member)
                .with(users.signedIn("bithu.langcheu"))
                .with(csrf())
                .param("percent", "70")
                .param("from", "2026-03")
                .param("to", "2026-05")
                .param("decisionNumber", "21-QĐ/ĐU")
                .param("decisionDate", "2026-02-25"))
        .hasStatus3xxRedirection();
    var march = ledger.year(member, 2026, ALL).month(YearMonth.of(2026, 3));
    assertThat(march.note()).isEqualTo("21-QĐ/ĐU");
    assertThat(march.due())
        .isLessThan(ledger.year(member, 2026, ALL).month(YearMonth.of(2026, 6)).due());

    assertThat(
            mvc.post()
                .uri("/members/{id}/dues/relief", member)
                .with(users.signedIn("bithu.langcheu"))
                .with(csrf())
                .param("percent", "70")
                .param("from", "2026-01")
                .param("to", "2027-01")
                .param("decisionNumber", "22-QĐ/ĐU")
                .param("decisionDate", "2025-12-25"))
        .hasStatusOk()
        .bodyText()
        .contains("tối đa 12 tháng");
    assertThat(
            mvc.post()
                .uri("/members/{id}/dues/basis", member)
                .with(users.signedIn("bithu.langcheu"))
                .with(csrf())
                .param("kind", "PENSION"))
        .hasStatusOk()
        .bodyText()
        .contains("cần ghi số tiền làm căn cứ");
  }

  /** An official member of the cell with no dues recorded (their payments removed for the test). */
  private long memberWithoutDues(String cellName) {
    long member =
        jdbc.sql(
                """
                select min(m.id) from member m
                where m.cell_id = :cell and m.status = 'OFFICIAL' and m.citizen_id is not null
                  and m.id <> coalesce((select member_id from user_account
                                        where username = 'dangvien.langcheu'), 0)
                """)
            .param("cell", demo.named(cellName))
            .query(Long.class)
            .single();
    jdbc.sql("delete from dues_payment where member_id = :id").param("id", member).update();
    jdbc.sql("delete from dues_relief where member_id = :id").param("id", member).update();
    jdbc.sql("delete from dues_basis where member_id = :id").param("id", member).update();
    return member;
  }

  private long ownRecord() {
    return jdbc.sql("select member_id from user_account where username = 'dangvien.langcheu'")
        .query(Long.class)
        .single();
  }
}
