package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;

/**
 * Nobody sees outside their scope: every role, through the API and the pages, for real and guessed
 * ids, across communes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ScopeRefusalTests {

  @Autowired MockMvcTester mvc;
  @Autowired Demo demo;
  @Autowired TestUsers users;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void langCheuOfficeSeesFourteenCellsOnTheLastDayOf2024() {
    var response =
        mvc.get()
            .uri("/api/v1/organizations/{id}/summary?on=2024-12-31", demo.code("LC"))
            .with(httpBasic("vanphong.langcheu", Demo.PASSWORD));

    assertThat(response).hasStatusOk();
    assertThat(response).bodyJson().extractingPath("$.cells").isEqualTo(14);
    assertThat(response).bodyJson().extractingPath("$.cellsByType.VILLAGE").isEqualTo(9);
  }

  @ParameterizedTest
  @CsvSource({
    "bithu.hangdong, LC",
    "bithu.langcheu, LC",
    "dangvien.langcheu, HD",
    "phutrach.my, HD",
    "vanphong.langcheu, HD",
    "vanphong.langcheu, TX",
    "bithu.hangdong, SL"
  })
  void anOrganizationOutsideTheScopeIsNotFoundThroughTheApi(String username, String code) {
    long id = demo.code(code);
    for (String path :
        new String[] {"", "/summary?on=2024-12-31", "/assignments", "/committee-members"}) {
      assertThat(
              mvc.get()
                  .uri("/api/v1/organizations/" + id + path)
                  .with(httpBasic(username, Demo.PASSWORD)))
          .as(username + " " + code + path)
          .hasStatus(404)
          .bodyJson()
          .extractingPath("$.code")
          .asString()
          .startsWith("organization.notFound");
    }
    assertThat(
            mvc.get()
                .uri("/api/v1/places?organization=" + id)
                .with(httpBasic(username, Demo.PASSWORD)))
        .hasStatus(404);
  }

  @ParameterizedTest
  @CsvSource({
    "bithu.hangdong, LC",
    "phutrach.my, HD",
    "vanphong.langcheu, TX",
    "dangvien.langcheu, BY"
  })
  void anOrganizationOutsideTheScopeIsNotFoundThroughThePages(String username, String code) {
    long id = demo.code(code);
    for (String path : new String[] {"", "/committee", "/places"}) {
      assertThat(mvc.get().uri("/organizations/" + id + path).with(users.signedIn(username)))
          .as(username + " " + code + path)
          .hasStatus(404)
          .bodyText()
          .contains("Không tìm thấy");
    }
  }

  @Test
  void aGuessedIdAnswersLikeAMissingOne() throws Exception {
    var missing =
        mvc.get()
            .uri("/api/v1/organizations/999999")
            .with(httpBasic("bithu.hangdong", Demo.PASSWORD))
            .exchange();
    var hidden =
        mvc.get()
            .uri("/api/v1/organizations/{id}", demo.code("SL"))
            .with(httpBasic("bithu.hangdong", Demo.PASSWORD))
            .exchange();

    assertThat(missing).hasStatus(404);
    assertThat(hidden).hasStatus(404);
    assertThat(hidden)
        .bodyJson()
        .isEqualTo(
            missing.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void aCellSecretarySeesOnlyTheirCell() {
    var tree =
        mvc.get().uri("/api/v1/organizations").with(httpBasic("bithu.langcheu", Demo.PASSWORD));

    assertThat(tree).hasStatusOk();
    assertThat(tree).bodyJson().extractingPath("$.length()").isEqualTo(1);
    assertThat(tree).bodyJson().extractingPath("$[0].name").isEqualTo("Chi bộ bản Làng Chếu");
  }

  @Test
  void aCommitteeMemberInChargeSeesTheCellsAssignedToThemToday() {
    var tree = mvc.get().uri("/api/v1/organizations").with(httpBasic("phutrach.my", Demo.PASSWORD));

    assertThat(tree)
        .bodyJson()
        .extractingPath("$[*].name")
        .asArray()
        .containsExactlyInAnyOrder(
            "Chi bộ bản Làng Chếu",
            "Chi bộ bản Phình Hồ",
            "Chi bộ Trường PTDTBT Tiểu học Làng Chếu");
  }

  @Test
  void theNewTaXuaOfficeSeesTheHistoryOfTheCommunesItSucceeded() {
    var response =
        mvc.get()
            .uri("/api/v1/organizations/{id}/summary?on=2024-12-31", demo.code("LC"))
            .with(httpBasic("vanphong.taxua", Demo.PASSWORD));

    assertThat(response).hasStatusOk();
    assertThat(response).bodyJson().extractingPath("$.cells").isEqualTo(14);
  }

  @Test
  void aSuperiorViewerReadsButCannotChange() {
    long cell = demo.named("Chi bộ bản Bẹ");
    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}", cell)
                .with(httpBasic("tinh.sonla", Demo.PASSWORD)))
        .hasStatusOk();

    var rename =
        mvc.post()
            .uri("/api/v1/organizations/{id}/rename", cell)
            .with(httpBasic("tinh.sonla", Demo.PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\":\"Chi bộ bản Bẹ mới\",\"on\":\"2026-12-01\"}");

    assertThat(rename)
        .hasStatus(403)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("organization.forbidden");
  }

  @Test
  void aCellSecretaryCannotManageAccountsNorOpenTheAccountPages() {
    assertThat(mvc.get().uri("/api/v1/accounts").with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .hasStatus(403);
    assertThat(mvc.get().uri("/accounts").with(users.signedIn("bithu.langcheu"))).hasStatus(403);
  }

  @Test
  void anOfficeManagesOnlyAccountsInsideItsSubtree() {
    var accounts =
        mvc.get().uri("/api/v1/accounts").with(httpBasic("vanphong.taxua", Demo.PASSWORD));

    assertThat(accounts)
        .bodyJson()
        .extractingPath("$[*].username")
        .asArray()
        .contains("bithu.langcheu", "dangvien.langcheu", "bithu.hangdong")
        .doesNotContain("admin", "tinh.sonla");

    var openElsewhere =
        mvc.post()
            .uri("/api/v1/accounts")
            .with(httpBasic("vanphong.taxua", Demo.PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                {"username":"bithu.moi","displayName":"Giàng A Chơ","password":"Matkhau-2026x",
                 "role":"CELL_SECRETARY","organizationId":%d}
                """
                    .formatted(demo.code("SL")));
    assertThat(openElsewhere).hasStatus(403);
  }

  @Test
  void anOfficeCannotOpenAnAdministratorAccount() {
    var response =
        mvc.post()
            .uri("/api/v1/accounts")
            .with(httpBasic("vanphong.taxua", Demo.PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"username\":\"quantri2\",\"displayName\":\"X\",\"password\":\"Matkhau-2026x\",\"role\":\"ADMINISTRATOR\"}");

    assertThat(response).hasStatus(403);
  }

  @Test
  void aHomePlaceMustBeOneTheUserMayName() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    long served =
        jdbc.sql(
                "select min(place_id) from place_service where cell_id = :cell and valid_to is null")
            .param("cell", cell)
            .query(Long.class)
            .single();
    long otherCommune =
        jdbc.sql("select min(id) from place where commune_id = :commune")
            .param("commune", demo.code("HD"))
            .query(Long.class)
            .single();
    long candidatesBefore = candidates();
    // another commune's village, and an id that names no place, answer as a refusal; nothing kept
    for (long place : new long[] {otherCommune, 999_999}) {
      assertThat(newCandidate(cell, place))
          .as("place " + place)
          .hasStatus(422)
          .bodyJson()
          .extractingPath("$.code")
          .isEqualTo("member.refused.homePlace");
    }
    assertThat(candidates()).isEqualTo(candidatesBefore);
    // the village the secretary's own cell serves
    assertThat(newCandidate(cell, served)).hasStatus(201);
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResult newCandidate(
      long cell, long place) {
    return mvc.post()
        .uri("/api/v1/candidates")
        .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
        .contentType(MediaType.APPLICATION_JSON)
        .content(
            """
            {"fullName":"Lầu A Thử","sex":"MALE","birthDate":"2000-05-04","ethnicityCode":%d,
             "cellId":%d,"homePlaceId":%d}
            """
                .formatted(2, cell, place))
        .exchange();
  }

  private long candidates() {
    return jdbc.sql("select count(*) from candidate").query(Long.class).single();
  }

  @Test
  void withoutCredentialsTheApiAnswers401InJson() {
    var response = mvc.get().uri("/api/v1/organizations");

    assertThat(response)
        .hasStatus(401)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("UNAUTHORIZED");
  }
}
