package vn.dangbo.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;
import vn.dangbo.protection.PersonalData;
import vn.dangbo.shared.Masking;

/**
 * Citizen IDs and phones are masked where the purpose does not need them whole: the member list's
 * workbook, CSV and PDF and the API's list, and the member's page until the whole number is asked
 * for (a view of its own in the audit trail); the member sees their own whole.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MaskedRecordsTests {

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired JdbcClient jdbc;
  @Autowired PersonalData personalData;
  @Autowired Demo demo;

  @Test
  void theMemberListsExportsHoldNoWholeCitizenIdOrPhone() throws Exception {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    var ids =
        jdbc
            .sql("select citizen_id from member where cell_id = :c and citizen_id is not null")
            .param("c", cell)
            .query(String.class)
            .list()
            .stream()
            .map(personalData::open)
            .toList();
    assertThat(ids).isNotEmpty();
    var secretary = users.signedIn("bithu.langcheu");
    var xlsx =
        mvc.get()
            .uri("/members/export.xlsx?cell={c}&purpose=REPORT", cell)
            .with(secretary)
            .exchange()
            .getResponse()
            .getContentAsByteArray();
    var text = new StringBuilder();
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var format = new DataFormatter();
      var about = new StringBuilder();
      workbook
          .getSheetAt(1)
          .forEach(row -> row.forEach(c -> about.append(format.formatCellValue(c)).append('|')));
      assertThat(about.toString())
          .as("the workbook states its purpose")
          .contains("Báo cáo cấp trên", "Sùng A Lử", "đã được che");
      workbook
          .getSheetAt(0)
          .forEach(row -> row.forEach(c -> text.append(format.formatCellValue(c)).append('|')));
    }
    String csv =
        mvc.get()
            .uri("/members/export.csv?cell={c}", cell)
            .with(secretary)
            .exchange()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    String api =
        mvc.get()
            .uri("/api/v1/members?cell={c}&size=100", cell)
            .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
            .exchange()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(api).contains("\"fullName\"", Masking.citizenId(ids.get(0)));
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from audit_log where actor = 'bithu.langcheu'
                      and action = 'EXPORT' and detail like '%purpose=REPORT%'
                    """)
                .query(Integer.class)
                .single())
        .as("the trail keeps the purpose")
        .isPositive();
    for (var id : ids) {
      assertThat(text.toString()).doesNotContain(id).contains(Masking.citizenId(id));
      assertThat(csv).doesNotContain(id);
      assertThat(api).doesNotContain(id);
    }
  }

  @Test
  void theMemberPageShowsTheWholeNumberOnlyWhenAskedAndTheAskIsLogged() {
    var row =
        jdbc.sql(
                """
                select id, citizen_id from member where cell_id = :c and citizen_id is not null
                  and id <> (select member_id from user_account where username = 'dangvien.langcheu')
                order by id limit 1
                """)
            .param("c", demo.named("Chi bộ bản Làng Chếu"))
            .query()
            .singleRow();
    long id = ((Number) row.get("id")).longValue();
    String whole = personalData.open((String) row.get("citizen_id"));
    var secretary = users.signedIn("bithu.langcheu");
    assertThat(mvc.get().uri("/members/{id}", id).with(secretary))
        .hasStatusOk()
        .bodyText()
        .contains(Masking.citizenId(whole), "Hiện đầy đủ")
        .doesNotContain(whole);
    assertThat(mvc.get().uri("/members/{id}?reveal=true", id).with(secretary))
        .hasStatusOk()
        .bodyText()
        .contains(whole);
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from audit_log where actor = 'bithu.langcheu' and action = 'VIEW'
                      and record_type = 'member' and record_id = :id and detail like '%reveal=true%'
                    """)
                .param("id", String.valueOf(id))
                .query(Integer.class)
                .single())
        .isPositive();

    long own =
        jdbc.sql("select member_id from user_account where username = 'dangvien.langcheu'")
            .query(Long.class)
            .single();
    String ownId =
        personalData.open(
            jdbc.sql("select citizen_id from member where id = :id")
                .param("id", own)
                .query(String.class)
                .single());
    assertThat(ownId).as("the demo's member account has a citizen ID").isNotNull();
    assertThat(mvc.get().uri("/members/{id}", own).with(users.signedIn("dangvien.langcheu")))
        .bodyText()
        .contains(ownId);
  }
}
