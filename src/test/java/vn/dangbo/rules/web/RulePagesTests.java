package vn.dangbo.rules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;

/** The rulebook and the calendar of days off: read by all, changed by admins and offices. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RulePagesTests {

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired RuleBook rules;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void everyoneReadsTheRulesWithTheirLegalBasis() {
    assertThat(mvc.get().uri("/rules").with(users.signedIn("bithu.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Tỷ lệ đảng viên chính thức của chi bộ đồng ý", "2/3", "Điều lệ Đảng, Điều 4.3")
        .doesNotContain("Thêm giá trị mới của một quy định");
    assertThat(
            mvc.get()
                .uri("/api/v1/rules?on=2025-06-10")
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .bodyJson()
        .extractingPath("$[?(@.rule.key == 'cell.vote.share')].rule.value")
        .asArray()
        .containsExactly("2/3");
  }

  @Test
  void anAdministratorAddsAVersionFromADayAndEarlierDaysKeepTheOldValue() {
    var added =
        mvc.post()
            .uri("/rules")
            .with(users.signedIn("admin"))
            .with(csrf())
            .param("key", "PROBATION_MONTHS")
            .param("effectiveFrom", "2027-01-01")
            .param("value", "18")
            .param("legalBasis", "Văn bản thử nghiệm");

    assertThat(added).hasStatus3xxRedirection();
    assertThat(rules.at(LocalDate.of(2026, 12, 31), RuleKey.PROBATION_MONTHS).asInt())
        .isEqualTo(12);
    assertThat(rules.at(LocalDate.of(2027, 1, 1), RuleKey.PROBATION_MONTHS).asInt()).isEqualTo(18);
  }

  @Test
  void aVersionDatedBackOverDecidedCasesNeedsAnOverrideWhoseReasonTheAuditKeepsWithTheCases() {
    String version =
        """
        {"key": "probation.months", "effectiveFrom": "2024-01-01", "value": "18",
         "legalBasis": "Văn bản thử nghiệm"%s}
        """;
    var refused =
        mvc.post()
            .uri("/api/v1/rules")
            .with(httpBasic("admin", Demo.PASSWORD))
            .contentType("application/json")
            .content(version.formatted(""));

    assertThat(refused).hasStatus(422);
    assertThat(refused).bodyJson().extractingPath("$.field").isEqualTo("effectiveFrom");
    assertThat(refused).bodyJson().extractingPath("$.code").isEqualTo("rules.refused.casesDecided");
    assertThat(rules.at(LocalDate.of(2024, 6, 1), RuleKey.PROBATION_MONTHS).asInt()).isEqualTo(12);

    var overridden =
        mvc.post()
            .uri("/api/v1/rules")
            .with(httpBasic("admin", Demo.PASSWORD))
            .contentType("application/json")
            .content(
                version.formatted(", \"overrideReason\": \"Chỉ đạo của Ban Tổ chức, thử nghiệm\""));

    assertThat(overridden).hasStatus(201);
    String detail =
        jdbc.sql(
                "select detail from audit_log where record_type = 'rule_value'"
                    + " and record_id like 'probation.months/2024-01-01%' order by id desc limit 1")
            .query(String.class)
            .single();
    assertThat(detail)
        .startsWith("Chỉ đạo của Ban Tổ chức, thử nghiệm | ")
        .contains("cases decided since 2024-01-01", "OFFICIAL");
  }

  @Test
  void aVersionFromTodayOnOrLaterNeedsNoOverride() {
    var added =
        mvc.post()
            .uri("/api/v1/rules")
            .with(httpBasic("admin", Demo.PASSWORD))
            .contentType("application/json")
            .content(
                """
                {"key": "probation.months", "effectiveFrom": "2099-01-01", "value": "18",
                 "legalBasis": "Văn bản thử nghiệm"}
                """);

    assertThat(added).hasStatus(201);
  }

  @Test
  void aValueOfTheWrongKindOrWithoutBasisIsRefusedAndOnlyAnAdministratorAdds() {
    var share =
        mvc.post()
            .uri("/api/v1/rules")
            .with(httpBasic("admin", Demo.PASSWORD))
            .contentType("application/json")
            .content(
                """
                {"key": "cell.vote.share", "effectiveFrom": "2027-01-01", "value": "3/2",
                 "legalBasis": "x"}
                """);
    var noBasis =
        mvc.post()
            .uri("/rules")
            .with(users.signedIn("admin"))
            .with(csrf())
            .param("key", "PROBATION_MONTHS")
            .param("effectiveFrom", "2027-01-01")
            .param("value", "18")
            .param("legalBasis", " ");
    var bySecretary =
        mvc.post()
            .uri("/api/v1/rules")
            .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
            .contentType("application/json")
            .content(
                """
                {"key": "probation.months", "effectiveFrom": "2027-01-01", "value": "1",
                 "legalBasis": "x"}
                """);

    assertThat(share).hasStatus(422);
    assertThat(share).bodyJson().extractingPath("$.code").isEqualTo("rules.refused.value.SHARE");
    assertThat(noBasis).hasStatusOk().bodyText().contains("Cần ghi căn cứ");
    var byOffice =
        mvc.post()
            .uri("/api/v1/rules")
            .with(httpBasic("vanphong.taxua", Demo.PASSWORD))
            .contentType("application/json")
            .content(
                """
                {"key": "probation.months", "effectiveFrom": "2027-01-01", "value": "18",
                 "legalBasis": "Văn bản của xã"}
                """);
    assertThat(byOffice).hasStatus(403);
    assertThat(bySecretary).hasStatus(403);
  }

  @Test
  void aHolidayAddedToTheCalendarMovesAWorkingDayDeadline() {
    var before =
        mvc.get()
            .uri("/api/v1/calendar/working-days?from=2027-03-01&count=5")
            .with(httpBasic("bithu.langcheu", Demo.PASSWORD));
    assertThat(before).bodyJson().extractingPath("$.day").isEqualTo("2027-03-08");

    var added =
        mvc.post()
            .uri("/calendar")
            .with(users.signedIn("vanphong.taxua"))
            .with(csrf())
            .param("day", "2027-03-03")
            .param("name", "Ngày nghỉ thử")
            .param("legalBasis", "Thông báo thử");
    var weekend =
        mvc.post()
            .uri("/calendar")
            .with(users.signedIn("vanphong.taxua"))
            .with(csrf())
            .param("day", "2027-03-06")
            .param("name", "Thứ Bảy")
            .param("legalBasis", "x");

    assertThat(added).hasStatus3xxRedirection();
    assertThat(weekend).hasStatusOk().bodyText().contains("Thứ Bảy và Chủ nhật đã là ngày nghỉ");
    assertThat(
            mvc.get()
                .uri("/api/v1/calendar/working-days?from=2027-03-01&count=5")
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .bodyJson()
        .extractingPath("$.day")
        .isEqualTo("2027-03-09");
    assertThat(mvc.get().uri("/calendar?year=2027").with(users.signedIn("bithu.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Ngày nghỉ thử", "Tết Nguyên đán");
    assertThat(
            mvc.post()
                .uri("/calendar/2027-03-03/delete")
                .param("legalBasis", "x")
                .with(users.signedIn("bithu.langcheu"))
                .with(csrf()))
        .hasStatus(403);
  }

  @ParameterizedTest
  @CsvSource({
    "2025-12-26, 5, 2026-01-06",
    "2026-01-09, 1, 2026-01-10",
    "2027-04-29, 1, 2027-05-04",
    "2026-02-13, 1, 2026-02-23",
    "2026-04-24, 1, 2026-04-28",
    "2026-08-28, 1, 2026-09-03",
    "2024-04-26, 1, 2024-05-02"
  })
  void countsWorkingDaysAsTheGovernmentAnnouncedThem(String from, int count, String day) {
    assertThat(
            mvc.get()
                .uri("/api/v1/calendar/working-days?from={f}&count={c}", from, count)
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            json -> {
              assertThat(json).extractingPath("$.day").isEqualTo(day);
              assertThat(json).extractingPath("$.beyondRecord").isEqualTo(false);
              assertThat(json).doesNotHavePath("$.warning");
            });
  }

  @Test
  void aCountPastTheRecordedYearsSaysSoInTheApiAndOnThePage() {
    assertThat(
            mvc.get()
                .uri("/api/v1/calendar/working-days?from=2027-12-20&count=20")
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            json -> {
              assertThat(json).extractingPath("$.recordedThrough").isEqualTo("2027-12-31");
              assertThat(json).extractingPath("$.beyondRecord").isEqualTo(true);
              assertThat(json).extractingPath("$.warning").asString().contains("hết năm 2027");
            });
    assertThat(
            mvc.get()
                .uri("/calendar?year=2028&from=2027-12-20&count=20")
                .with(users.signedIn("bithu.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Lịch ngày nghỉ mới ghi đến hết năm 2027");
    // a count inside the record names the unconfirmed days off it skipped
    assertThat(
            mvc.get()
                .uri("/api/v1/calendar/working-days?from=2027-02-01&count=10")
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .bodyJson()
        .extractingPath("$.unconfirmedDaysOff")
        .asArray()
        .contains("2027-02-04");
  }

  @Test
  void eachDayOfTheCalendarCarriesItsOwnLegalBasisAndASubstituteIsShown() {
    var days =
        assertThat(
                mvc.get()
                    .uri("/api/v1/calendar/holidays?year=2026")
                    .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
            .hasStatusOk()
            .bodyJson();
    days.extractingPath("$[?(@.day == '2026-01-10')].kind").asArray().containsExactly("WORKED");
    days.extractingPath("$[?(@.day == '2026-01-10')].legalBasis")
        .asArray()
        .singleElement()
        .asString()
        .contains("12729/VPCP-KGVX");
    days.extractingPath("$[?(@.day == '2026-04-27')].kind").asArray().containsExactly("SUBSTITUTE");
    days.extractingPath("$[?(@.day == '2026-02-16')].unconfirmed").asArray().containsExactly(false);
    assertThat(
            mvc.get()
                .uri("/api/v1/calendar/holidays?year=2025")
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .bodyJson()
        .extractingPath("$[?(@.day == '2025-01-27')].legalBasis")
        .asArray()
        .singleElement()
        .asString()
        .contains("8726/VPCP-KGVX");
  }

  @Test
  void theOfficeRecordsAWorkedSaturdayThroughTheApiAsANewVersion() {
    var worked =
        mvc.post()
            .uri("/api/v1/calendar/days")
            .with(httpBasic("vanphong.taxua", Demo.PASSWORD))
            .contentType("application/json")
            .content(
                """
                {"day": "2027-03-06", "kind": "WORKED", "name": "Làm bù thử",
                 "legalBasis": "Văn bản thử"}
                """);
    var workedWeekday =
        mvc.post()
            .uri("/api/v1/calendar/days")
            .with(httpBasic("vanphong.taxua", Demo.PASSWORD))
            .contentType("application/json")
            .content(
                """
                {"day": "2027-03-05", "kind": "WORKED", "name": "x", "legalBasis": "x"}
                """);
    var bySecretary =
        mvc.post()
            .uri("/api/v1/calendar/days")
            .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
            .contentType("application/json")
            .content(
                """
                {"day": "2027-03-06", "kind": "WORKED", "name": "x", "legalBasis": "x"}
                """);

    assertThat(worked)
        .hasStatus(201)
        .bodyJson()
        .extractingPath("$.enteredBy")
        .isEqualTo("vanphong.taxua");
    assertThat(workedWeekday).hasStatus(422);
    assertThat(workedWeekday)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("calendar.refused.workedWeekday");
    assertThat(bySecretary).hasStatus(403);
    assertThat(
            mvc.get()
                .uri("/api/v1/calendar/working-days?from=2027-03-05&count=1")
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .bodyJson()
        .extractingPath("$.day")
        .isEqualTo("2027-03-06");
    assertThat(
            mvc.get()
                .uri("/api/v1/calendar/history?year=2027")
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .bodyJson()
        .extractingPath("$[0].name")
        .isEqualTo("Làm bù thử");
  }

  @Test
  void eachRuleValueIsInForceFromTheDayOfTheDocumentItCites() {
    var september =
        assertThat(
                mvc.get()
                    .uri("/api/v1/rules?on=2025-09-15")
                    .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
            .hasStatusOk()
            .bodyJson();
    september
        .extractingPath("$[?(@.rule.key == 'evaluation.grade.minPoints')].rule.effectiveFrom")
        .asArray()
        .containsExactly("2025-08-30");
    september
        .extractingPath("$[?(@.rule.key == 'evaluation.grade.minPoints')].rule.legalBasis")
        .asArray()
        .singleElement()
        .asString()
        .startsWith("Quy định 366-QĐ/TW ngày 30/8/2025");
    september
        .extractingPath("$[?(@.rule.key == 'admission.decision.workingDays')].rule.legalBasis")
        .asArray()
        .singleElement()
        .asString()
        .startsWith("Quy định 294-QĐ/TW");
    var june =
        assertThat(
                mvc.get()
                    .uri("/api/v1/rules?on=2025-06-10")
                    .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
            .hasStatusOk()
            .bodyJson();
    june.extractingPath("$[?(@.rule.key == 'evaluation.grade.minPoints')]").asArray().isEmpty();
    june.extractingPath("$[?(@.rule.key == 'evaluation.points.scale')].rule.value")
        .asArray()
        .containsExactly("0");
    june.extractingPath("$[?(@.rule.key == 'admission.decision.workingDays')].rule.legalBasis")
        .asArray()
        .singleElement()
        .asString()
        .startsWith("Quy định 232-QĐ/TW ngày 20/01/2025");
  }
}
