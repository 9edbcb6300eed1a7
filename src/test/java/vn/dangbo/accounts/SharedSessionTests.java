package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import vn.dangbo.DangboApplication;

/**
 * Two app instances on one database are interchangeable: a user signed in on the first goes on
 * working on the second, and signing out on the second signs out on the first (sessions are kept in
 * PostgreSQL).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SharedSessionTests {

  @LocalServerPort int first;

  private final FormClient browser = new FormClient();

  @Test
  void aSessionStartedOnOneInstanceContinuesOnAnother() throws Exception {
    try (var second =
        new SpringApplicationBuilder(DangboApplication.class)
            .properties("server.port=0", "spring.main.banner-mode=off")
            .run()) {
      int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();

      var signIn = browser.signIn(first, "bithu.langcheu");
      assertThat(signIn.statusCode()).isEqualTo(302);
      assertThat(signIn.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/"));

      var onSecond = browser.get(secondPort, "/members");
      assertThat(onSecond.statusCode()).isEqualTo(200);
      assertThat(onSecond.body()).contains("Đăng xuất", "Chi bộ bản Làng Chếu");

      var signOut =
          browser.post(secondPort, "/logout", "_csrf=" + FormClient.csrf(onSecond.body()));
      assertThat(signOut.statusCode()).isEqualTo(302);
      var backOnFirst = browser.get(first, "/members");
      assertThat(backOnFirst.statusCode()).isEqualTo(302);
      assertThat(backOnFirst.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
  }
}
