package vn.dangbo.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;

/** The article's figures for Làng Chếu, through the API and the page fragment. */
@SpringBootTest
@AutoConfigureMockMvc
class UnitFiguresTests {

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired Demo demo;

  @Test
  void theSummaryOfLangCheuOnTheLastDayOf2024Reports92MembersMostlyHmong() {
    var summary =
        mvc.get()
            .uri("/api/v1/organizations/{id}/summary?on=2024-12-31", demo.code("LC"))
            .with(httpBasic("vanphong.langcheu", Demo.PASSWORD));

    assertThat(summary).hasStatusOk();
    assertThat(summary).bodyJson().extractingPath("$.cells").isEqualTo(14);
    assertThat(summary).bodyJson().extractingPath("$.members.total").isEqualTo(92);
    assertThat(summary)
        .bodyJson()
        .extractingPath("$.members.byEthnicity['Mông']")
        .asNumber()
        .satisfies(n -> assertThat(n.intValue()).isGreaterThan(46));
    assertThat(summary).bodyJson().extractingPath("$.places.withoutMembers").isEqualTo(1);
  }

  @Test
  void thePagesLoadTheMemberFiguresAsAFragment() {
    var fragment =
        mvc.get()
            .uri("/units/{id}/members?on=2024-12-31", demo.code("LC"))
            .with(users.signedIn("vanphong.langcheu"));

    assertThat(fragment)
        .hasStatusOk()
        .bodyText()
        .contains("Đảng số", "92", "Bản Háng Chơ")
        .doesNotContain("<html");
  }

  @Test
  void anotherCommunesFiguresAreNotFound() {
    assertThat(
            mvc.get()
                .uri("/units/{id}/members?on=2024-12-31", demo.code("LC"))
                .with(users.signedIn("bithu.hangdong")))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}/summary?on=2024-12-31", demo.code("LC"))
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD)))
        .hasStatus(404);
  }
}
