package vn.dangbo.members.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;
import vn.dangbo.protection.PersonalData;

/** The member pages and API: search, record, status change by decision, scope. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class MemberPagesTests {

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired Demo demo;
  @Autowired JdbcClient jdbc;
  @Autowired PersonalData personalData;

  @Test
  void aSecretarySearchesTheirCellWithoutAccentsAndGetsTheResultsAlone() {
    long member = firstMemberOf("Chi bộ bản Làng Chếu");
    String name =
        jdbc.sql("select full_name from member where id = :id")
            .param("id", member)
            .query(String.class)
            .single();
    String plain = vn.dangbo.shared.PersonName.searchKey(name);

    var results =
        mvc.get()
            .uri("/members?q={q}", plain)
            .header("HX-Request", "true")
            .with(users.signedIn("bithu.langcheu"));

    assertThat(results).hasStatusOk().bodyText().contains(name).doesNotContain("<html");
  }

  @Test
  void theRecordShowsPartyAgeHistoryAndTheStatusForm() {
    long member = firstMemberOf("Chi bộ bản Làng Chếu");

    assertThat(mvc.get().uri("/members/{id}", member).with(users.signedIn("bithu.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Năm tuổi đảng", "Lịch sử trạng thái", "Thay đổi trạng thái theo quyết định");
  }

  @Test
  void aMemberOfAnotherCellIsNotFoundByPageOrApi() {
    long other = firstMemberOf("Chi bộ bản Háng Đồng");

    assertThat(mvc.get().uri("/members/{id}", other).with(users.signedIn("bithu.langcheu")))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/api/v1/members/{id}", other)
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/api/v1/members/{id}/history", other)
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .hasStatus(404);
  }

  @Test
  void aPartyMemberDoesNotSeeTheirFellowMembersFiles() {
    var list = mvc.get().uri("/api/v1/members").with(httpBasic("dangvien.langcheu", Demo.PASSWORD));

    assertThat(list).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(0);
    assertThat(
            mvc.get()
                .uri("/api/v1/members/{id}", firstMemberOf("Chi bộ bản Làng Chếu"))
                .with(httpBasic("dangvien.langcheu", Demo.PASSWORD)))
        .hasStatus(404);
  }

  @Test
  void aRefusedStatusChangeShowsTheReasonAndTheApiAnswers422() {
    long member = firstMemberOf("Chi bộ bản Làng Chếu");
    jdbc.sql("update member set status = 'DECEASED' where id = :id").param("id", member).update();

    var page =
        mvc.post()
            .uri("/members/{id}/status", member)
            .with(users.signedIn("bithu.langcheu"))
            .with(csrf())
            .param("status", "TRANSFERRED_OUT")
            .param("on", LocalDate.now().toString());
    var api =
        mvc.post()
            .uri("/api/v1/members/{id}/status-changes", member)
            .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
            .content(
                "{\"version\":0,\"status\":\"TRANSFERRED_OUT\",\"on\":\""
                    + LocalDate.now()
                    + "\"}");

    assertThat(page).hasStatusOk().bodyText().contains("không chuyển được");
    assertThat(api)
        .hasStatus(422)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("member.refused.transition");
  }

  @Test
  void aSuperiorViewerCannotChangeAStatus() {
    long member = firstMemberOf("Chi bộ bản Bẹ");

    var response =
        mvc.post()
            .uri("/api/v1/members/{id}/status-changes", member)
            .with(httpBasic("tinh.sonla", Demo.PASSWORD))
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
            .content("{\"version\":0,\"status\":\"DECEASED\",\"on\":\"" + LocalDate.now() + "\"}");

    assertThat(response).hasStatus(403);
  }

  @Test
  void opensARecordFromTheFormAfterConfirmingAPossibleDuplicate() {
    long cell = demo.named("Chi bộ bản Bẹ");
    var first = openForm(cell, false);
    assertThat(first).hasStatus3xxRedirection();

    var twin = openForm(cell, false);
    assertThat(twin)
        .hasStatusOk()
        .bodyText()
        .contains("Có thể trùng với đảng viên", "Tôi đã kiểm tra");

    assertThat(openForm(cell, true)).hasStatus3xxRedirection();
  }

  @Test
  void aSecretaryCannotMergeARecordOfAnotherCellIntoTheirs() {
    long own = firstMemberOf("Chi bộ bản Làng Chếu");
    long other = firstMemberOf("Chi bộ bản Háng Đồng");

    var api =
        mvc.post()
            .uri("/api/v1/members/{id}/merge", own)
            .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
            .content("{\"duplicateId\":" + other + "}");
    var page =
        mvc.post()
            .uri("/members/{id}/merge", own)
            .with(users.signedIn("bithu.langcheu"))
            .with(csrf())
            .param("duplicateId", String.valueOf(other));

    assertThat(api).hasStatus(404);
    assertThat(page).hasStatus(404);
    assertThat(
            jdbc.sql("select count(*) from member where id = :id")
                .param("id", other)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theBadgeListOfAYearRenders() {
    assertThat(mvc.get().uri("/members/badges?year=2026").with(users.signedIn("vanphong.taxua")))
        .hasStatusOk()
        .bodyText()
        .contains("Huy hiệu Đảng đến hạn năm 2026");
  }

  @Test
  void theNewFormRendersWithTheEthnicGroups() {
    assertThat(mvc.get().uri("/members/new").with(users.signedIn("vanphong.taxua")))
        .hasStatusOk()
        .bodyText()
        .contains("Mông", "Ơ-đu", "Số định danh cá nhân");
  }

  @Test
  void exportsTheSecretarysCellAsAWorkbookWithVietnameseHeadings() throws Exception {
    var response =
        mvc.get()
            .uri("/api/v1/members/export.xlsx")
            .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
            .exchange();

    assertThat(response).hasStatusOk();
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(response.getResponse().getContentAsByteArray()))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Họ và tên");
      int inCell =
          jdbc.sql("select count(*) from member where cell_id = :cell")
              .param("cell", demo.named("Chi bộ bản Làng Chếu"))
              .query(Integer.class)
              .single();
      assertThat(sheet.getLastRowNum()).isEqualTo(inCell);
      assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Chi bộ bản Làng Chếu");
    }
    var pdf =
        mvc.get().uri("/members/export.pdf").with(users.signedIn("bithu.langcheu")).exchange();
    assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
    try (var document =
        org.apache.pdfbox.Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
          .contains("Đảng viên · In ngày", "Làng", "1 / ")
          .doesNotContain("Chi bộ bản Háng Đồng");
    }
  }

  @Test
  void exportsCsvThatSpreadsheetsCannotRunAsFormulas() {
    jdbc.sql("update member set full_name = '=HYPERLINK(\"x\")' where id = :id")
        .param("id", firstMemberOf("Chi bộ bản Làng Chếu"))
        .update();

    var csv = mvc.get().uri("/members/export.csv").with(users.signedIn("bithu.langcheu"));

    assertThat(csv)
        .hasStatusOk()
        .bodyText()
        .contains("\"Họ và tên\"", "\"'=HYPERLINK(\"\"x\"\")\"")
        .doesNotContain(",\"=HYPERLINK");
  }

  @Test
  void aCitizenIdThatContradictsTheBirthDateOrSexIsRefusedNamingThePartInFormAndApi() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    // a woman born in 1992: 0141 92 would be right; 0141 91 says 1991, 0140 92 a man
    var api =
        mvc.post()
            .uri("/api/v1/members")
            .with(httpBasic("vanphong.taxua", Demo.PASSWORD))
            .contentType("application/json")
            .content(
                """
                {"record": {"fullName": "Giàng Thị Pà", "sex": "FEMALE", "birthDate": "1992-07-14",
                  "ethnicityCode": 8, "cellId": %d, "citizenId": "014191004321"},
                 "status": "OFFICIAL", "since": "2019-06-01", "confirmedNotDuplicate": true}
                """
                    .formatted(cell));
    var form =
        mvc.post()
            .uri("/members/new")
            .with(users.signedIn("vanphong.taxua"))
            .with(csrf())
            .param("fullName", "Giàng Thị Pà")
            .param("sex", "FEMALE")
            .param("birthDate", "1992-07-14")
            .param("ethnicityCode", "8")
            .param("cellId", String.valueOf(cell))
            .param("citizenId", "014092004321")
            .param("status", "OFFICIAL")
            .param("since", "2019-06-01")
            .param("confirmedNotDuplicate", "true");

    assertThat(api).hasStatus(422);
    assertThat(api).bodyJson().extractingPath("$.code").isEqualTo("citizenId.refused.birthYear");
    assertThat(api).bodyJson().extractingPath("$.field").isEqualTo("citizenId");
    assertThat(api)
        .bodyJson()
        .extractingPath("$.message")
        .asString()
        .contains("Số định danh 014191004321", "năm sinh 1991", "năm 1992");
    assertThat(form)
        .hasStatusOk()
        .bodyText()
        .contains("Số định danh 014092004321", "là số của nam, nhưng giới tính ghi là nữ");
  }

  @Test
  void anOldNineDigitIdentityCardNumberIsKeptOnlyInItsOwnField() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    String body =
        """
        {"record": {"fullName": "Giàng A Dế", "sex": "MALE", "birthDate": "1950-02-03",
          "ethnicityCode": 8, "cellId": %d, %s},
         "status": "OFFICIAL", "since": "1980-06-01", "confirmedNotDuplicate": true}
        """;
    var inCitizenId = openOverApi(body.formatted(cell, "\"citizenId\": \"050123456\""));
    var tooShort = openOverApi(body.formatted(cell, "\"oldIdNumber\": \"05012345\""));
    var kept = openOverApi(body.formatted(cell, "\"oldIdNumber\": \"050 123 456\""));

    assertThat(inCitizenId).hasStatus(422);
    assertThat(inCitizenId)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("citizenId.refused.format");
    assertThat(tooShort).hasStatus(422);
    assertThat(tooShort).bodyJson().extractingPath("$.field").isEqualTo("oldIdNumber");
    assertThat(kept).hasStatus2xxSuccessful();
    var stored =
        jdbc.sql("select old_id_number, citizen_id from member where full_name = 'Giàng A Dế'")
            .query()
            .singleRow();
    assertThat(personalData.open((String) stored.get("old_id_number"))).isEqualTo("050123456");
    assertThat(stored).containsEntry("citizen_id", null);
  }

  /** A member opened by the commune office over the API, with the JSON body given. */
  private org.springframework.test.web.servlet.assertj.MvcTestResult openOverApi(String body) {
    return mvc.post()
        .uri("/api/v1/members")
        .with(httpBasic("vanphong.taxua", Demo.PASSWORD))
        .contentType("application/json")
        .content(body)
        .exchange();
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResult openForm(
      long cell, boolean confirmed) {
    return mvc.post()
        .uri("/members/new")
        .with(users.signedIn("vanphong.taxua"))
        .with(csrf())
        .param("fullName", "Giàng Thị Pà")
        .param("sex", "FEMALE")
        .param("birthDate", "1992-07-14")
        .param("ethnicityCode", "8")
        .param("cellId", String.valueOf(cell))
        .param("admissionDecisionDate", "2018-05-19")
        .param("admissionCeremonyDate", "2018-06-01")
        .param("status", "OFFICIAL")
        .param("since", "2019-06-01")
        .param("confirmedNotDuplicate", String.valueOf(confirmed))
        .exchange();
  }

  @Test
  void aPartyMemberReadsTheirOwnRecordWithoutAnyForm() {
    long own =
        jdbc.sql("select member_id from user_account where username = 'dangvien.langcheu'")
            .query(Long.class)
            .single();

    assertThat(mvc.get().uri("/members/me").with(users.signedIn("dangvien.langcheu")))
        .hasRedirectedUrl("/members/" + own);
    assertThat(mvc.get().uri("/members/{id}", own).with(users.signedIn("dangvien.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Năm tuổi đảng", "Hồ sơ của tôi")
        .doesNotContain("Thay đổi trạng thái theo quyết định", "Sửa hồ sơ");
    assertThat(
            mvc.get().uri("/api/v1/members/me").with(httpBasic("dangvien.langcheu", Demo.PASSWORD)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.member.id")
        .isEqualTo((int) own);
    assertThat(
            mvc.post()
                .uri("/members/{id}/status", own)
                .with(users.signedIn("dangvien.langcheu"))
                .with(csrf())
                .param("status", "DECEASED")
                .param("on", LocalDate.now().toString()))
        .hasStatus(403);
    assertThat(mvc.get().uri("/members/me").with(users.signedIn("bithu.langcheu"))).hasStatus(404);
  }

  @Test
  void theOfficeOpensAMembersOwnAccountFromTheRecord() {
    long member = firstMemberOf("Chi bộ bản Háng Đồng");

    var opened =
        mvc.post()
            .uri("/members/{id}/account", member)
            .with(users.signedIn("vanphong.taxua"))
            .with(csrf())
            .param("username", "dangvien.hangdong")
            .param("password", "Rieng-cua-toi-2026");
    var bySecretary =
        mvc.post()
            .uri("/members/{id}/account", member)
            .with(users.signedIn("bithu.hangdong"))
            .with(csrf())
            .param("username", "dangvien.hangdong2")
            .param("password", "Rieng-cua-toi-2026");

    assertThat(opened).hasStatus3xxRedirection();
    assertThat(
            jdbc.sql(
                    "select member_id from user_account where username = 'dangvien.hangdong'"
                        + " and role = 'MEMBER'")
                .query(Long.class)
                .single())
        .isEqualTo(member);
    assertThat(bySecretary).hasStatus(403);
  }

  @Test
  void aSecretaryReceivesATransferredMemberIntoTheirCellButNoOtherCell() {
    long member = firstMemberOf("Chi bộ bản Bẹ");
    String citizenId = "014090000007";
    jdbc.sql("update member set citizen_id = :c, citizen_id_lookup = :lookup where id = :id")
        .param("c", personalData.seal(citizenId))
        .param("lookup", personalData.lookup(citizenId))
        .param("id", member)
        .update();
    var out =
        mvc.post()
            .uri("/api/v1/members/{id}/status-changes", member)
            .with(httpBasic("vanphong.taxua", Demo.PASSWORD))
            .contentType("application/json")
            .content(
                """
                {"version": %d, "status": "TRANSFERRED_OUT", "on": "%s"}
                """
                    .formatted(version(member), LocalDate.now()));
    assertThat(out).hasStatusOk();

    var found =
        mvc.get()
            .uri("/members/transfers-in?citizenId={c}", citizenId)
            .with(users.signedIn("bithu.langcheu"));
    var elsewhere =
        mvc.post()
            .uri("/members/transfers-in")
            .with(users.signedIn("bithu.langcheu"))
            .with(csrf())
            .param("citizenId", citizenId)
            .param("cellId", String.valueOf(demo.named("Chi bộ bản Háng Đồng")))
            .param("on", LocalDate.now().toString());
    var received =
        mvc.post()
            .uri("/members/transfers-in")
            .with(users.signedIn("bithu.langcheu"))
            .with(csrf())
            .param("citizenId", citizenId)
            .param("cellId", String.valueOf(demo.named("Chi bộ bản Làng Chếu")))
            .param("on", LocalDate.now().toString());

    assertThat(found).hasStatusOk().bodyText().contains("Chi bộ bản Bẹ", "Tiếp nhận");
    assertThat(elsewhere).hasStatus(404);
    assertThat(received).hasRedirectedUrl("/members/" + member);
    assertThat(mvc.get().uri("/members/{id}", member).with(users.signedIn("bithu.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Chuyển đến", "Chi bộ bản Làng Chếu");
    assertThat(
            mvc.get()
                .uri("/members/transfers-in?citizenId={c}", citizenId)
                .with(users.signedIn("dangvien.langcheu")))
        .hasStatus(403);
  }

  @Test
  void theOfficeMovesAMemberToAnotherCellOverTheApi() {
    long member = firstMemberOf("Chi bộ bản Bẹ");
    long target = demo.named("Chi bộ bản Tà Xùa");

    var moved =
        mvc.post()
            .uri("/api/v1/members/{id}/moves", member)
            .with(httpBasic("vanphong.taxua", Demo.PASSWORD))
            .contentType("application/json")
            .content(
                """
                {"version": %d, "cellId": %d, "on": "%s"}
                """
                    .formatted(version(member), target, LocalDate.now()));
    var bySecretary =
        mvc.post()
            .uri("/api/v1/members/{id}/moves", firstMemberOf("Chi bộ bản Làng Chếu"))
            .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
            .contentType("application/json")
            .content(
                """
                {"version": 0, "cellId": %d, "on": "%s"}
                """
                    .formatted(target, LocalDate.now()));

    assertThat(moved)
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.member.record.cellId")
        .isEqualTo((int) target);
    assertThat(bySecretary).hasStatus(404);
  }

  @Test
  void aCellVoteOnRecognitionBeforeProbationEndsIsRefusedWithItsRuleAndOtherCellsAreNotFound() {
    long member =
        jdbc.sql("select id from member where full_name = 'Giàng Thị Sinh'")
            .query(Long.class)
            .single();
    String body =
        """
        {"kind": "CELL_VOTE", "on": "%s", "votesFor": 3}
        """
            .formatted(LocalDate.now());

    var early =
        mvc.post()
            .uri("/api/v1/members/{id}/recognition", member)
            .with(httpBasic("vanphong.taxua", Demo.PASSWORD))
            .contentType("application/json")
            .content(body);
    var elsewhere =
        mvc.post()
            .uri("/api/v1/members/{id}/recognition", member)
            .with(httpBasic("bithu.hangdong", Demo.PASSWORD))
            .contentType("application/json")
            .content(body);

    assertThat(early).hasStatus(422);
    assertThat(early).bodyJson().extractingPath("$.rule").isEqualTo("probation.months");
    assertThat(elsewhere).hasStatus(404);
    assertThat(mvc.get().uri("/members/{id}", member).with(users.signedIn("vanphong.taxua")))
        .hasStatusOk()
        .bodyText()
        .contains("Công nhận đảng viên chính thức", "Ghi vào hồ sơ");
  }

  private int version(long member) {
    return jdbc.sql("select version from member where id = :id")
        .param("id", member)
        .query(Integer.class)
        .single();
  }

  private long firstMemberOf(String cellName) {
    return jdbc.sql("select min(id) from member where cell_id = :cell")
        .param("cell", demo.named(cellName))
        .query(Long.class)
        .single();
  }
}
