package vn.dangbo.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;
import vn.dangbo.protection.PersonalData;

/**
 * Records members help keep right, against the demo commune: the member's proposal changes the
 * record only once the secretary accepts it (and the audit trail names the proposal); a rejection
 * changes nothing; a member sees only their own record and proposals; the data-quality list and the
 * export of complete records.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RecordCorrectionsTests {

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired Demo demo;
  @Autowired JdbcClient jdbc;
  @Autowired PersonalData personalData;

  @Test
  void theRecordChangesOnlyWhenTheSecretaryAcceptsTheMembersProposal() throws Exception {
    long own = ownRecord();
    String before = phone(own);
    var sent =
        mvc.post()
            .uri("/api/v1/members/{id}/corrections", own)
            .with(httpBasic("dangvien.langcheu", Demo.PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"changes\": {\"PHONE\": \"0987654321\"}, \"note\": \"số mới\"}")
            .exchange();
    assertThat(sent).hasStatus(201);
    long id =
        ((Number)
                com.jayway.jsonpath.JsonPath.read(sent.getResponse().getContentAsString(), "$.id"))
            .longValue();
    assertThat(phone(own)).as("not before acceptance").isEqualTo(before);

    assertThat(
            mvc.post()
                .uri("/api/v1/corrections/{id}/acceptance", id)
                .with(httpBasic("dangvien.langcheu", Demo.PASSWORD)))
        .as("the member does not accept their own proposal")
        .hasStatus(403);
    assertThat(
            mvc.post()
                .uri("/api/v1/corrections/{id}/acceptance", id)
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.state")
        .isEqualTo("ACCEPTED");
    assertThat(phone(own)).isEqualTo("0987654321");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_log where record_type = 'member' and record_id = :id"
                        + " and detail like :proposal")
                .param("id", String.valueOf(own))
                .param("proposal", "%Đề nghị sửa thông tin số " + id + " của dangvien.langcheu%")
                .query(Integer.class)
                .single())
        .as("the audit trail names the proposal and who made it")
        .isPositive();
  }

  @Test
  void aRejectionChangesNothingAndSaysWhy() throws Exception {
    long own = ownRecord();
    String before = phone(own);
    assertThat(
            mvc.post()
                .uri("/records/mine")
                .with(users.signedIn("dangvien.langcheu"))
                .with(csrf())
                .param("PHONE", "0911222333"))
        .hasStatus3xxRedirection();
    long id =
        jdbc.sql(
                "select max(id) from correction_proposal where member_id = :m and state = 'PENDING'")
            .param("m", own)
            .query(Long.class)
            .single();
    assertThat(
            mvc.post()
                .uri("/records/proposals/{id}/reject", id)
                .with(users.signedIn("bithu.langcheu"))
                .with(csrf())
                .param("cell", String.valueOf(demo.named("Chi bộ bản Làng Chếu")))
                .param("reason", "Số này không liên lạc được"))
        .hasStatus3xxRedirection();
    assertThat(phone(own)).isEqualTo(before);
    assertThat(mvc.get().uri("/records/mine").with(users.signedIn("dangvien.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Không đồng ý", "Số này không liên lạc được");
  }

  @Test
  void aDocumentGoesWithTheProposalAndOnlyAPdfOrPictureIsTaken() {
    var pdf =
        new MockMultipartFile(
            "attachment", "giay-khai-sinh.pdf", "application/pdf", "%PDF-1.4".getBytes());
    assertThat(
            mvc.post()
                .uri("/records/mine")
                .multipart()
                .file(pdf)
                .param("OCCUPATION", "Giáo viên mầm non")
                .with(users.signedIn("dangvien.langcheu"))
                .with(csrf()))
        .hasStatus3xxRedirection();
    long id =
        jdbc.sql("select max(id) from correction_proposal where attachment_name is not null")
            .query(Long.class)
            .single();
    assertThat(
            mvc.get()
                .uri("/records/proposals/{id}/attachment", id)
                .with(users.signedIn("bithu.langcheu")))
        .hasStatusOk()
        .hasContentType("application/pdf");
    assertThat(
            mvc.get()
                .uri("/records/proposals/{id}/attachment", id)
                .with(users.signedIn("bithu.hangdong")))
        .hasStatus(404);
    var exe =
        new MockMultipartFile("attachment", "a.exe", "application/octet-stream", new byte[] {1});
    assertThat(
            mvc.post()
                .uri("/records/mine")
                .multipart()
                .file(exe)
                .param("OCCUPATION", "Giáo viên")
                .with(users.signedIn("dangvien.langcheu"))
                .with(csrf()))
        .hasStatusOk()
        .bodyText()
        .contains("Giấy tờ phải là tệp PDF, JPEG hoặc PNG.");
  }

  @Test
  void aMemberSeesOnlyTheirOwnRecordAndProposals() {
    long own = ownRecord();
    long other =
        jdbc.sql("select min(id) from member where cell_id = :c and id <> :own")
            .param("c", demo.named("Chi bộ bản Làng Chếu"))
            .param("own", own)
            .query(Long.class)
            .single();
    assertThat(
            mvc.get()
                .uri("/api/v1/members/{id}/corrections", own)
                .with(httpBasic("dangvien.langcheu", Demo.PASSWORD)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$[0].changes[*].field")
        .asArray()
        .contains("PHONE");
    assertThat(
            mvc.get()
                .uri("/api/v1/members/{id}/corrections", other)
                .with(httpBasic("dangvien.langcheu", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.post()
                .uri("/api/v1/members/{id}/corrections", other)
                .with(httpBasic("dangvien.langcheu", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"changes\": {\"PHONE\": \"0987654321\"}}"))
        .hasStatus(404);
    assertThat(
            mvc.post()
                .uri("/api/v1/members/{id}/corrections", other)
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"changes\": {\"PHONE\": \"0987654321\"}}"))
        .as("a secretary corrects records directly, not by proposals")
        .hasStatus(403);
    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}/corrections", demo.named("Chi bộ bản Làng Chếu"))
                .with(httpBasic("dangvien.langcheu", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}/corrections", demo.named("Chi bộ bản Làng Chếu"))
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD)))
        .hasStatus(404);
  }

  @Test
  void theQualityListPutsTheWorstFirstAndTheExportHoldsOnlyCompleteRecords() throws Exception {
    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}/record-quality", demo.code("TX"))
                .with(httpBasic("vanphong.taxua", Demo.PASSWORD)))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            json -> {
              assertThat(json)
                  .extractingPath("$.toFix[0].problems[*].field")
                  .asArray()
                  .contains("RESIDENCE", "RELIGION");
              assertThat(json).extractingPath("$.complete").asNumber().isNotEqualTo(0);
            });
    var csv =
        mvc.get()
            .uri("/records/national.csv?organization={id}", demo.named("Chi bộ bản Háng Đồng"))
            .with(users.signedIn("vanphong.taxua"))
            .exchange();
    assertThat(csv).hasStatusOk();
    String text = csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF\"Họ và tên\"");
    var incomplete =
        jdbc.sql("select full_name from member where cell_id = :c and residence is null")
            .param("c", demo.named("Chi bộ bản Háng Đồng"))
            .query(String.class)
            .list();
    assertThat(incomplete).isNotEmpty();
    incomplete.forEach(name -> assertThat(text).doesNotContain(name));
    assertThat(
            mvc.get()
                .uri("/records/quality?organization={id}", demo.code("TX"))
                .with(users.signedIn("bithu.langcheu")))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/records/national.xlsx?organization={id}", demo.code("TX"))
                .with(users.signedIn("vanphong.taxua")))
        .hasStatusOk();
  }

  private long ownRecord() {
    return jdbc.sql("select member_id from user_account where username = 'dangvien.langcheu'")
        .query(Long.class)
        .single();
  }

  private String phone(long member) {
    return personalData.open(
        jdbc.sql("select phone from member where id = :id")
            .param("id", member)
            .query(String.class)
            .optional()
            .orElse(null));
  }
}
