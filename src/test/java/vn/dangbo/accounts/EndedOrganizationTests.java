package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;

/**
 * The office of Làng Chếu, a commune that ended with the 2025 merger: it reads and exports its
 * history, corrects records dated before the end with a reason, and creates nothing. The office of
 * Tà Xùa, which succeeded it, writes as before. Every other write endpoint is in the access matrix.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class EndedOrganizationTests {

  private static final String ENDED = "vanphong.langcheu";
  private static final String SUCCESSOR = "vanphong.taxua";

  @Autowired MockMvcTester mvc;
  @Autowired Demo demo;
  @Autowired JdbcClient jdbc;

  @Test
  void theEndedOfficeCreatesNoMemberAccountOrMeetingWhereTheSuccessorDoes() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    String member =
        """
        {"record": {"fullName": "Giàng Thị Pà", "sex": "FEMALE", "birthDate": "1992-07-14",
          "ethnicityCode": 8, "cellId": %d, "citizenId": "014192004321"},
         "status": "OFFICIAL", "since": "2020-05-19"}
        """
            .formatted(cell);
    String account =
        """
        {"username":"bithu.moi","displayName":"Giàng A Chơ","password":"Matkhau-2026x",
         "role":"CELL_SECRETARY","organizationId":%d}
        """
            .formatted(cell);
    String meeting =
        """
        {"organizationId": %d, "kind": "REGULAR", "heldOn": "2026-12-20", "topic": "Tháng 12"}
        """
            .formatted(cell);

    assertThat(post("/api/v1/members", member, ENDED)).hasStatus(403);
    assertThat(post("/api/v1/accounts", account, ENDED)).hasStatus(403);
    assertThat(post("/api/v1/meetings", meeting, ENDED))
        .hasStatus(403)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("organization.forbidden.ended");

    assertThat(post("/api/v1/members", member, SUCCESSOR)).hasStatus(201);
    assertThat(post("/api/v1/accounts", account, SUCCESSOR)).hasStatus(201);
    assertThat(post("/api/v1/meetings", meeting, SUCCESSOR)).hasStatus(201);
  }

  @Test
  void theEndedOfficeIsRefusedBeforeItsBodyIsRead() {
    assertThat(post("/api/v1/meetings", "{\"organizationId\": \"x\"", ENDED)).hasStatus(403);
    assertThat(post("/api/v1/members", "[]", ENDED)).hasStatus(403);
  }

  @Test
  void theEndedOfficeReadsAndExportsItsHistory() {
    assertThat(get("/api/v1/organizations/" + demo.code("LC") + "/summary?on=2024-12-31"))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.cells")
        .isEqualTo(14);
    assertThat(get("/api/v1/members/export.xlsx")).hasStatusOk();
  }

  @Test
  void theEndedOfficeCorrectsARecordFromBeforeTheEndWithAReasonKeptInTheAudit() {
    long id = memberAdmitted("< date '2025-07-01'");

    assertThat(correct(id, null))
        .hasStatus(422)
        .bodyJson()
        .extractingPath("$.field")
        .isEqualTo("reason");
    assertThat(correct(id, "Sai nơi sinh theo lý lịch gốc")).hasStatusOk();

    assertThat(
            jdbc.sql(
                    "select detail from audit_log where record_type = 'member'"
                        + " and record_id = ? and action = 'UPDATE' order by id desc limit 1")
                .param(String.valueOf(id))
                .query(String.class)
                .single())
        .isEqualTo("Sai nơi sinh theo lý lịch gốc");
  }

  @Test
  void aRecordDatedAfterTheEndIsNotTheEndedOfficesToCorrect() {
    String admittedAfterTheEnd =
        """
        {"record": {"fullName": "Sùng Thị Dua", "sex": "FEMALE", "birthDate": "1998-03-02",
          "ethnicityCode": 8, "cellId": %d, "admissionDecisionDate": "2026-02-03"},
         "status": "PROBATIONARY", "since": "2026-02-03", "confirmedNotDuplicate": true}
        """
            .formatted(demo.named("Chi bộ bản Làng Chếu"));
    var opened = post("/api/v1/members", admittedAfterTheEnd, SUCCESSOR);
    assertThat(opened).hasStatus(201);
    long id =
        jdbc.sql("select id from member where full_name = 'Sùng Thị Dua'")
            .query(Long.class)
            .single();

    assertThat(correct(id, "Sửa")).hasStatus(403);
  }

  /** A member of a former Làng Chếu cell admitted on a day matching {@code when}. */
  private long memberAdmitted(String when) {
    return jdbc.sql(
            "select id from member where cell_id = ? and admission_decision_date "
                + when
                + " order by id limit 1")
        .param(demo.named("Chi bộ bản Làng Chếu"))
        .query(Long.class)
        .single();
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResult correct(
      long id, String reason) {
    var detail = get("/api/v1/members/" + id);
    assertThat(detail).hasStatusOk();
    var json = detail.getResponse();
    try {
      var mapper = new tools.jackson.databind.json.JsonMapper();
      var tree = mapper.readTree(json.getContentAsString()).get("member");
      var record = (tools.jackson.databind.node.ObjectNode) tree.get("record");
      record.put("birthPlace", "Xã Làng Chếu, huyện Bắc Yên, tỉnh Sơn La");
      var body = mapper.createObjectNode();
      body.put("version", tree.get("version").asInt());
      body.set("record", record);
      body.put("confirmedNotDuplicate", true);
      if (reason != null) {
        body.put("reason", reason);
      }
      return mvc.patch()
          .uri("/api/v1/members/" + id)
          .with(httpBasic(ENDED, Demo.PASSWORD))
          .contentType(MediaType.APPLICATION_JSON)
          .content(body.toString())
          .exchange();
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResult get(String uri) {
    return mvc.get().uri(uri).with(httpBasic(ENDED, Demo.PASSWORD)).exchange();
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResult post(
      String uri, String body, String user) {
    return mvc.post()
        .uri(uri)
        .with(httpBasic(user, Demo.PASSWORD))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }
}
