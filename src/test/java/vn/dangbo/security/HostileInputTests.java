package vn.dangbo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;

/**
 * The hostile-input corpus ({@code security/hostile-texts.txt}, overlong text, impossible dates,
 * files that are not what they claim) against the text fields of forms and the API: each answer is
 * a 4xx with a message in Vietnamese, and nothing is written (the audit trail counts no change).
 */
@SpringBootTest
@AutoConfigureMockMvc(print = org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint.NONE)
@Transactional
class HostileInputTests {

  @Autowired MockMvc mvc;
  @Autowired TestUsers users;
  @Autowired JdbcClient jdbc;
  @Autowired Demo demo;
  @Autowired JsonMapper json;

  /** Where a text goes: a form field or a JSON body, as the Làng Chếu office. */
  private List<Function<String, MockHttpServletRequestBuilder>> textTargets() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    long commune = demo.code("LC");
    var office = httpBasic("vanphong.taxua", Demo.PASSWORD);
    var signedIn = users.signedIn("vanphong.taxua");
    return List.of(
        text ->
            api(
                    "/api/v1/candidates",
                    "{\"fullName\":" + quoted(text) + ",\"sex\":\"MALE\",\"cellId\":" + cell + "}")
                .with(office),
        text ->
            api(
                    "/api/v1/members",
                    "{\"record\":{\"fullName\":"
                        + quoted(text)
                        + ",\"cellId\":"
                        + cell
                        + "},\"status\":\"OFFICIAL\"}")
                .with(office),
        text ->
            api(
                    "/api/v1/meetings",
                    "{\"organizationId\":"
                        + cell
                        + ",\"kind\":\"REGULAR\",\"heldOn\":\"2099-01-15\","
                        + "\"topic\":"
                        + quoted(text)
                        + "}")
                .with(office),
        text ->
            api(
                    "/api/v1/places",
                    "{\"communeId\":"
                        + commune
                        + ",\"name\":"
                        + quoted(text)
                        + ",\"kind\":\"VILLAGE\",\"from\":\"2024-01-01\"}")
                .with(office),
        text ->
            MockMvcRequestBuilders.post("/calendar")
                .param("day", "2099-02-02")
                .param("name", text)
                .param("legalBasis", "Thử")
                .with(signedIn)
                .with(csrf()),
        text ->
            MockMvcRequestBuilders.post("/candidates/new")
                .param("fullName", text)
                .param("sex", "MALE")
                .param("birthDate", "2000-01-01")
                .param("cellId", String.valueOf(cell))
                .with(signedIn)
                .with(csrf()),
        text -> MockMvcRequestBuilders.get("/members").param("q", text).with(signedIn));
  }

  @Test
  void hostileTextIsRefusedWithAMessageAndNothingWritten() throws Exception {
    var corpus = new ArrayList<String>();
    for (var line :
        Files.readAllLines(
            Path.of("src/test/resources/security/hostile-texts.txt"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        corpus.add(unescape(line));
      }
    }
    corpus.add("Sùng A Páo ".repeat(3_000));
    var failures = new ArrayList<String>();
    int tried = 0;
    for (var text : corpus) {
      for (var target : textTargets()) {
        tried++;
        long before = changes();
        var response = mvc.perform(target.apply(text)).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        String where = response.getStatus() + " for " + abbreviate(text);
        if (response.getStatus() < 400 || response.getStatus() >= 500) {
          failures.add("status " + where);
        } else if (!body.contains("Không có gì được ghi")
            && !body.contains("không hợp lệ")
            && !body.contains("không được phép")) {
          failures.add("no message " + where + ": " + abbreviate(body));
        }
        if (changes() != before) {
          failures.add("written " + where);
        }
      }
    }
    System.out.printf(
        "hostile texts: %d texts × %d fields = %d requests%n",
        corpus.size(), textTargets().size(), tried);
    assertThat(failures).isEmpty();
    // a free-text field with nothing else to object to: the guard itself answers
    var topic =
        mvc.perform(textTargets().get(2).apply("<script>alert(1)</script>"))
            .andReturn()
            .getResponse();
    assertThat(topic.getStatus()).isEqualTo(422);
    assertThat(topic.getContentAsString(StandardCharsets.UTF_8)).contains("input.refused.markup");
  }

  @Test
  void impossibleDatesAreRefused() throws Exception {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    var office = httpBasic("vanphong.taxua", Demo.PASSWORD);
    for (var day :
        List.of(
            "2024-02-30", "2024-13-01", "31/12/2024", "0000-00-00", "+999999-01-01", "hôm qua")) {
      long before = changes();
      var response =
          mvc.perform(
                  api(
                          "/api/v1/meetings",
                          "{\"organizationId\":"
                              + cell
                              + ",\"kind\":\"REGULAR\",\"heldOn\":"
                              + quoted(day)
                              + ",\"topic\":\"Sinh hoạt\"}")
                      .with(office))
              .andReturn()
              .getResponse();
      assertThat(response.getStatus()).as(day).isBetween(400, 499);
      assertThat(response.getContentAsString(StandardCharsets.UTF_8))
          .as(day)
          .contains("\"message\"");
      var page =
          mvc.perform(
                  MockMvcRequestBuilders.post("/calendar")
                      .param("day", day)
                      .param("name", "Nghỉ")
                      .param("legalBasis", "Thử")
                      .with(users.signedIn("vanphong.taxua"))
                      .with(csrf()))
              .andReturn()
              .getResponse();
      assertThat(page.getStatus()).as(day).isBetween(400, 499);
      assertThat(changes()).as(day).isEqualTo(before);
    }
  }

  @Test
  void yearsNoCalendarHoldsAndDaysBeforeTheRulebookAreRefusedWithAMessage() throws Exception {
    long commune = demo.code("LC");
    long cell = demo.named("Chi bộ bản Làng Chếu");
    long candidate =
        jdbc.sql("select min(id) from candidate where cell_id = :cell")
            .param("cell", cell)
            .query(Long.class)
            .single();
    // each answered 500 before: a year no date can hold, an age that overflows a birth date, a day
    // the rulebook has no value for
    for (String path :
        List.of(
            "/api/v1/members/badges?year=1000000000",
            "/api/v1/members?minAge=2000000000",
            "/api/v1/members?size=501",
            "/api/v1/members?page=-1",
            "/api/v1/quotas?organization=" + commune + "&year=-5",
            "/api/v1/organizations/" + commune + "/meeting-compliance?year=99999",
            "/api/v1/organizations/" + commune + "/grade-report?from=1&to=3000",
            "/api/v1/calendar/holidays?year=1000000000",
            "/api/v1/rules?on=1920-01-01",
            "/api/v1/candidates/" + candidate + "/eligibility?on=1920-01-01")) {
      var response =
          mvc.perform(
                  MockMvcRequestBuilders.get(path).with(httpBasic("vanphong.taxua", Demo.PASSWORD)))
              .andReturn()
              .getResponse();
      assertThat(response.getStatus()).as(path).isBetween(400, 499);
      assertThat(response.getContentAsString(StandardCharsets.UTF_8))
          .as(path)
          .contains("\"message\"");
    }
    for (String path :
        List.of(
            "/meetings/compliance?year=1000000000",
            "/members/badges?year=1000000000",
            "/members?page=-1",
            "/members/export.csv?maxAge=151",
            "/evaluations/report?organization=" + commune + "&from=1&to=3000")) {
      assertThat(
              mvc.perform(MockMvcRequestBuilders.get(path).with(users.signedIn("vanphong.taxua")))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .as(path)
          .isBetween(400, 499);
    }
    var rules =
        mvc.perform(
                MockMvcRequestBuilders.get("/api/v1/rules?on=1920-01-01")
                    .with(httpBasic("vanphong.taxua", Demo.PASSWORD)))
            .andReturn()
            .getResponse();
    assertThat(rules.getStatus()).isEqualTo(422);
    assertThat(rules.getContentAsString(StandardCharsets.UTF_8))
        .contains("rules.refused.noneInForce", "1920-01-01");
    long before = changes();
    var quota =
        mvc.perform(
                MockMvcRequestBuilders.put("/api/v1/quotas/" + cell + "/1000000000")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"target\":2}")
                    .with(httpBasic("vanphong.taxua", Demo.PASSWORD)))
            .andReturn()
            .getResponse();
    assertThat(quota.getStatus()).isBetween(400, 499);
    assertThat(changes()).isEqualTo(before);
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "a number as a name | \"fullName\": 123, \"sex\": \"MALE\", \"ethnicityCode\": 8 | record.fullName",
        "a fraction as a code | \"fullName\": \"A\", \"sex\": \"MALE\", \"ethnicityCode\": 1.5 | record.ethnicityCode",
        "a number as an enum | \"fullName\": \"A\", \"sex\": 0, \"ethnicityCode\": 8 | record.sex",
        "an unknown field | \"fullName\": \"A\", \"sex\": \"MALE\", \"nickname\": \"x\" | record.nickname",
        "a key twice | \"fullName\": \"A\", \"fullName\": \"B\", \"sex\": \"MALE\" |",
        "a date-time as a day | \"fullName\": \"A\", \"sex\": \"MALE\", \"birthDate\": \"1990-01-01T00:00:00\" | record.birthDate",
        "an array as a day | \"fullName\": \"A\", \"sex\": \"MALE\", \"birthDate\": [1990, 1, 1] | record.birthDate",
        "a number as a day | \"fullName\": \"A\", \"sex\": \"MALE\", \"birthDate\": 631152000 | record.birthDate"
      })
  void jsonIsReadStrictlyAndTheBadFieldIsNamed(String what, String record, String field)
      throws Exception {
    long before = changes();
    var response =
        mvc.perform(
                MockMvcRequestBuilders.post("/api/v1/members")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"record\": {" + record + "}, \"status\": \"OFFICIAL\"}")
                    .with(httpBasic("vanphong.taxua", Demo.PASSWORD)))
            .andReturn()
            .getResponse();

    assertThat(response.getStatus()).as(what).isEqualTo(400);
    if (field != null) {
      assertThat(response.getContentAsString(StandardCharsets.UTF_8))
          .as(what)
          .contains("\"field\":\"" + field + "\"");
    }
    assertThat(changes()).isEqualTo(before);
  }

  @Test
  void halfASurrogatePairEscapedInJsonIsRefusedWithAMessage() throws Exception {
    // UTF-8 cannot carry half a pair, so it comes only as a JSON escape
    long before = changes();
    var response =
        mvc.perform(
                api(
                        "/api/v1/members",
                        "{\"record\": {\"fullName\": \"Hờ Thị \\ud800Mỷ\", \"sex\": \"FEMALE\"}}")
                    .with(httpBasic("vanphong.taxua", Demo.PASSWORD)))
            .andReturn()
            .getResponse();

    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .contains("input.refused.control");
    assertThat(changes()).isEqualTo(before);
  }

  @Test
  void aFormFieldTheGuardRefusesIsNamedWithItsOwnReason() throws Exception {
    var page =
        mvc.perform(
                MockMvcRequestBuilders.post("/members/new")
                    .param("fullName", "Giàng A <b>Sáu</b>")
                    .param("birthPlace", "Bản\u202ELàng Chếu")
                    .param("sex", "MALE")
                    .with(users.signedIn("vanphong.taxua"))
                    .with(csrf()))
            .andReturn()
            .getResponse();

    assertThat(page.getStatus()).isEqualTo(400);
    assertThat(page.getContentAsString(StandardCharsets.UTF_8))
        .contains("Họ và tên: Nội dung có thẻ mã", "Nơi sinh: Nội dung có ký tự điều khiển");
  }

  @Test
  void partyEventsBeforeThePartysFoundingAreRefusedNamingTheFieldAndTheRule() throws Exception {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    long closed =
        jdbc.sql(
                "select id from meeting where organization_id = ? and closed_at is not null"
                    + " order by held_on limit 1")
            .param(cell)
            .query(Long.class)
            .single();
    var office = httpBasic("vanphong.taxua", Demo.PASSWORD);
    long before = changes();

    var meeting =
        mvc.perform(
                api(
                        "/api/v1/meetings",
                        "{\"organizationId\":"
                            + cell
                            + ",\"kind\":\"REGULAR\",\"heldOn\":\"1925-05-01\",\"topic\":\"Họp\"}")
                    .with(office))
            .andReturn()
            .getResponse();
    var addendum =
        mvc.perform(
                api(
                        "/api/v1/meetings/" + closed + "/addenda",
                        "{\"on\":\"1900-01-01\",\"text\":\"Bổ sung\"}")
                    .with(office))
            .andReturn()
            .getResponse();
    var member =
        mvc.perform(
                api(
                        "/api/v1/members",
                        "{\"record\": {\"fullName\": \"Lò Văn Cường\", \"sex\": \"MALE\","
                            + " \"birthDate\": \"1905-03-01\", \"ethnicityCode\": 8, \"cellId\": "
                            + cell
                            + ", \"admissionDecisionDate\": \"1929-06-17\"},"
                            + " \"status\": \"OFFICIAL\", \"since\": \"1930-06-17\"}")
                    .with(office))
            .andReturn()
            .getResponse();

    assertThat(meeting.getStatus()).isEqualTo(422);
    assertThat(meeting.getContentAsString(StandardCharsets.UTF_8))
        .contains("\"field\":\"heldOn\"", "03/02/1930");
    assertThat(addendum.getStatus()).isEqualTo(422);
    assertThat(addendum.getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"on\"");
    assertThat(member.getStatus()).isEqualTo(422);
    assertThat(member.getContentAsString(StandardCharsets.UTF_8))
        .contains("\"field\":\"admissionDecisionDate\"", "thành lập Đảng");
    assertThat(changes()).isEqualTo(before);
  }

  @Test
  void anUnknownLanguageAndABlankStatusAnswerABadRequestNotAFailure() throws Exception {
    var page =
        mvc.perform(MockMvcRequestBuilders.get("/?lang=%22").with(users.signedIn("bithu.langcheu")))
            .andReturn()
            .getResponse();
    var api =
        mvc.perform(
                MockMvcRequestBuilders.get("/api/v1/members?status=%20")
                    .with(httpBasic("vanphong.taxua", Demo.PASSWORD)))
            .andReturn()
            .getResponse();
    var supported =
        mvc.perform(MockMvcRequestBuilders.get("/?lang=en").with(users.signedIn("bithu.langcheu")))
            .andReturn()
            .getResponse();

    assertThat(page.getStatus()).isEqualTo(400);
    assertThat(api.getStatus()).isEqualTo(400);
    assertThat(supported.getStatus()).isEqualTo(200);
  }

  @Test
  void missingListsAndNullsInsideListsAreRefusedWithAMessage() throws Exception {
    long commune = demo.code("LC");
    long meeting =
        jdbc.sql("select max(id) from meeting where organization_id = :cell")
            .param("cell", demo.named("Chi bộ bản Làng Chếu"))
            .query(Long.class)
            .single();
    // each answered 500 before (a null list or a null in one reached List.copyOf)
    var requests =
        List.of(
            api(
                "/api/v1/organizations/" + commune + "/approval-chains",
                "{\"validFrom\":\"2099-01-01\",\"legalBasis\":\"Thử\"}"),
            api("/api/v1/organizations/merge", "{\"organizationIds\":[" + commune + ",null]}"),
            MockMvcRequestBuilders.put("/api/v1/meetings/" + meeting + "/attendance")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"attendance\":[],\"guests\":[null]}"));
    for (var request : requests) {
      long before = changes();
      var response =
          mvc.perform(request.with(httpBasic("vanphong.taxua", Demo.PASSWORD)))
              .andReturn()
              .getResponse();
      assertThat(response.getStatus()).isBetween(400, 499);
      assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"message\"");
      assertThat(changes()).isEqualTo(before);
    }
  }

  @Test
  void filesThatAreNotWhatTheyClaimAreRefused() throws Exception {
    var office = httpBasic("vanphong.taxua", Demo.PASSWORD);
    long before = changes();
    byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8);
    byte[] truncatedZip = {'P', 'K', 3, 4, 0, 0, 0, 0};
    for (byte[] content : List.of(script, truncatedZip, new byte[0])) {
      assertThat(
              mvc.perform(
                      MockMvcRequestBuilders.multipart("/api/v1/members/import")
                          .file(
                              new MockMultipartFile(
                                  "file", "dang-vien.xlsx", "application/octet-stream", content))
                          .with(office))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .isBetween(400, 499);
      assertThat(
              mvc.perform(
                      MockMvcRequestBuilders.multipart("/api/v1/document-templates/6-KND/versions")
                          .file(
                              new MockMultipartFile(
                                  "file", "mau.docx", "application/octet-stream", content))
                          .with(office))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .isBetween(400, 499);
    }
    assertThat(changes()).isEqualTo(before);
  }

  private MockHttpServletRequestBuilder api(String path, String body) {
    return MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(body);
  }

  private String quoted(String text) {
    return json.writeValueAsString(text);
  }

  private long changes() {
    return jdbc.sql("select count(*) from audit_log where action in ('INSERT', 'UPDATE', 'DELETE')")
        .query(Long.class)
        .single();
  }

  private static String unescape(String line) {
    var out = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      if (line.startsWith("\\u", i) && i + 6 <= line.length()) {
        out.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(line.charAt(i));
      }
    }
    return out.toString();
  }

  private static String abbreviate(String text) {
    String shown = text.replaceAll("\\p{Cntrl}", "?");
    return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
  }
}
