package vn.dangbo.away;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;

/**
 * The register of members working away against the demo commune: the demo's two members away (one
 * out of touch, on the worklist), an absence recorded, contacted and ended through the API, the
 * commune's totals, and who may read and write what.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AwayTests {

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired Demo demo;
  @Autowired JdbcClient jdbc;

  @Test
  void theDemoCellHasTwoMembersAwayAndTheOneOutOfTouchIsOnTheWorklist() {
    long village = demo.named("Chi bộ bản Làng Chếu");
    // as the demo left it (a browser journey may have reached him since)
    jdbc.sql(
            "update member_absence set last_contact = since + 10"
                + " where destination like '%Bắc Ninh' and returned_on is null")
        .update();

    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}/absences", village)
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$[?(@.silent == true)].absence.destination")
        .asArray()
        .containsExactly("Khu công nghiệp Yên Phong, Bắc Ninh");
    assertThat(mvc.get().uri("/away").with(users.signedIn("bithu.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Đảng viên đi làm ăn xa", "Hàn Quốc", "Đã lâu chi bộ không liên lạc được")
        .as("the exemption proposed only for the one whose status does not say it yet")
        .containsOnlyOnce("Lập đề nghị tạm miễn sinh hoạt");
    assertThat(mvc.get().uri("/worklist").with(users.signedIn("bithu.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Đảng viên đi làm ăn xa lâu chưa liên lạc", "Bắc Ninh");
    assertThat(mvc.get().uri("/worklist/home").with(users.signedIn("bithu.langcheu")))
        .as("the home page's short list")
        .hasStatusOk()
        .bodyText()
        .contains("Đảng viên đi làm ăn xa lâu chưa liên lạc");
    assertThat(mvc.get().uri("/worklist").with(users.signedIn("bithu.hangdong")))
        .hasStatusOk()
        .bodyText()
        .doesNotContain("Bắc Ninh");
    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}/absences/totals", demo.code("TX"))
                .with(httpBasic("vanphong.taxua", Demo.PASSWORD)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.total")
        .as("two in the village cell, four in other cells")
        .isEqualTo(6);
  }

  @Test
  void anAbsenceIsRecordedContactedAndEndedOnceByWhoManagesTheCell() {
    long member = memberAtHome();
    String away =
        "{\"abroad\":false,\"destination\":\"Mộc Châu, Sơn La\",\"since\":\""
            + LocalDate.now().minusMonths(1)
            + "\",\"channel\":\"PHONE\",\"contactDetail\":\"0912 345 678\"}";

    var recorded = post("/api/v1/members/" + member + "/absences", away, "bithu.langcheu");
    assertThat(recorded).hasStatus(201);
    long id =
        jdbc.sql("select id from member_absence where member_id = :m and returned_on is null")
            .param("m", member)
            .query(Long.class)
            .single();
    assertThat(post("/api/v1/members/" + member + "/absences", away, "bithu.langcheu"))
        .hasStatus(422)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("away.refused.alreadyAway");
    String today = "{\"on\":\"" + LocalDate.now() + "\"}";
    assertThat(post("/api/v1/absences/" + id + "/contacts", today, "bithu.langcheu"))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.lastContact")
        .isEqualTo(LocalDate.now().toString());
    assertThat(post("/api/v1/absences/" + id + "/return", today, "bithu.langcheu"))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.returnedOn")
        .isEqualTo(LocalDate.now().toString());
    assertThat(post("/api/v1/absences/" + id + "/contacts", today, "bithu.langcheu"))
        .hasStatus(422)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("away.refused.returned");
  }

  @Test
  void anotherCellsSecretaryAMemberAndAnUnknownIdSeeNothingAndWriteNothing() {
    long village = demo.named("Chi bộ bản Làng Chếu");
    long member = memberAtHome();
    long absence =
        jdbc.sql("select min(id) from member_absence where cell_id = :c")
            .param("c", village)
            .query(Long.class)
            .single();
    String away =
        "{\"destination\":\"Hà Nội\",\"since\":\"" + LocalDate.now() + "\",\"channel\":\"ZALO\"}";
    String today = "{\"on\":\"" + LocalDate.now() + "\"}";

    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}/absences", village)
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(post("/api/v1/members/" + member + "/absences", away, "bithu.hangdong"))
        .hasStatus(404);
    assertThat(post("/api/v1/absences/" + absence + "/contacts", today, "bithu.hangdong"))
        .hasStatus(404);
    assertThat(post("/api/v1/absences/999999/return", today, "bithu.langcheu")).hasStatus(404);
    assertThat(post("/api/v1/members/" + member + "/absences", away, "dangvien.langcheu"))
        .hasStatus(403);
    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}/absences", village)
                .with(httpBasic("dangvien.langcheu", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}/absences/totals", demo.code("TX"))
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.post()
                .uri("/away")
                .with(users.signedIn("bithu.langcheu"))
                .with(csrf())
                .param("cell", String.valueOf(village))
                .param("member", String.valueOf(member))
                .param("since", LocalDate.now().toString())
                .param("channel", "ZALO"))
        .hasStatusOk()
        .bodyText()
        .contains("Cần chọn đảng viên, ghi nơi đến");
  }

  /** An official member of the village cell not recorded as away. */
  private long memberAtHome() {
    return jdbc.sql(
            """
            select min(m.id) from member m
            where m.cell_id = :cell and m.status = 'OFFICIAL'
              and not exists (select 1 from member_absence a where a.member_id = m.id)
            """)
        .param("cell", demo.named("Chi bộ bản Làng Chếu"))
        .query(Long.class)
        .single();
  }

  private MvcTestResult post(String path, String body, String username) {
    return mvc.post()
        .uri(path)
        .with(httpBasic(username, Demo.PASSWORD))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }
}
