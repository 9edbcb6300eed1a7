package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.Demo;

/**
 * The pages' own scripts (the offline queue) call the API with the signed-in session: reads pass, a
 * write needs the session's CSRF token as a form does, and no session means 401.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionApiTests {

  private static final Pattern TOKEN =
      Pattern.compile("&quot;X-CSRF-TOKEN&quot;: &quot;([^&]+)&quot;");

  @LocalServerPort int port;
  @Autowired Demo demo;
  @Autowired JdbcClient jdbc;

  private final YearMonth month = YearMonth.now();
  private long member;

  @AfterEach
  void forgetThePayment() {
    jdbc.sql("delete from dues_payment where member_id = :id and month = :month")
        .param("id", member)
        .param("month", month.atDay(1))
        .update();
  }

  @Test
  void aSignedInPagesScriptReadsAndWritesWithTheSessionAndItsToken() throws Exception {
    member = demo.memberOwingThisMonth("Chi bộ bản Làng Chếu");
    String payment =
        "{\"month\":\"" + month + "\",\"method\":\"CASH\",\"paidOn\":\"" + LocalDate.now() + "\"}";
    String path = "/api/v1/members/" + member + "/dues/payments";
    var anonymous = new FormClient();
    assertThat(anonymous.json(port, "POST", path, payment).statusCode()).isEqualTo(401);

    var browser = new FormClient();
    assertThat(browser.signIn(port, "bithu.langcheu").statusCode()).isEqualTo(302);
    var home = browser.get(port, "/");
    var token = TOKEN.matcher(home.body());
    assertThat(token.find()).as("the page's CSRF token for its scripts").isTrue();

    assertThat(browser.json(port, "GET", "/api/v1/members/" + member + "/dues", null).statusCode())
        .isEqualTo(200);
    assertThat(browser.json(port, "POST", path, payment).statusCode())
        .as("a write without the token: a forged request from another site")
        .isEqualTo(403);
    var paid = browser.json(port, "POST", path, payment, "X-CSRF-TOKEN", token.group(1));
    assertThat(paid.statusCode()).isEqualTo(201);
    assertThat(paid.body()).contains("\"status\":\"PAID\"");

    // the session ends on the server while the phone keeps its cookie and the page's token
    jdbc.sql("delete from spring_session where principal_name = 'bithu.langcheu'").update();
    var expired = browser.json(port, "POST", path, payment, "X-CSRF-TOKEN", token.group(1));
    assertThat(expired.statusCode()).as("sign in again, not forbidden").isEqualTo(401);
    assertThat(expired.body()).contains("SESSION_EXPIRED");
  }
}
