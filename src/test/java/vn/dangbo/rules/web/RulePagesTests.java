package vn.dangbo.rules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
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
        .extractingPath("$[?(@.rule.key == 'CELL_VOTE_SHARE')].rule.value")
        .asArray()
        .containsExactly("2/3");
  }

  @Test
  void theOfficeAddsAVersionFromADayAndEarlierDaysKeepTheOldValue() {
    var added =
        mvc.post()
            .uri("/rules")
            .with(users.signedIn("vanphong.taxua"))
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
  void aValueOfTheWrongKindOrWithoutBasisIsRefusedAndASecretaryMayNotAdd() {
    var share =
        mvc.post()
            .uri("/api/v1/rules")
            .with(httpBasic("vanphong.taxua", Demo.PASSWORD))
            .contentType("application/json")
            .content(
                """
                {"key": "cell.vote.share", "effectiveFrom": "2027-01-01", "value": "3/2",
                 "legalBasis": "x"}
                """);
    var noBasis =
        mvc.post()
            .uri("/rules")
            .with(users.signedIn("vanphong.taxua"))
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
                .with(users.signedIn("bithu.langcheu"))
                .with(csrf()))
        .hasStatus(403);
  }
}
