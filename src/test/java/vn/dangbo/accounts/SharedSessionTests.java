package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import vn.dangbo.DangboApplication;
import vn.dangbo.Demo;

/**
 * Two app instances on one database are interchangeable: a user signed in on the first goes on
 * working on the second, and signing out on the second signs out on the first (sessions are kept in
 * PostgreSQL).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SharedSessionTests {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int first;

  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Test
  void aSessionStartedOnOneInstanceContinuesOnAnother() throws Exception {
    try (var second =
        new SpringApplicationBuilder(DangboApplication.class)
            .properties("server.port=0", "spring.main.banner-mode=off")
            .run()) {
      int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();

      var signIn =
          post(
              first,
              "/login",
              "username=bithu.langcheu&password="
                  + URLEncoder.encode(Demo.PASSWORD, StandardCharsets.UTF_8)
                  + "&_csrf="
                  + csrf(get(first, "/login").body()));
      assertThat(signIn.statusCode()).isEqualTo(302);
      assertThat(signIn.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/"));

      var onSecond = get(secondPort, "/members");
      assertThat(onSecond.statusCode()).isEqualTo(200);
      assertThat(onSecond.body()).contains("Đăng xuất", "Chi bộ bản Làng Chếu");

      var signOut = post(secondPort, "/logout", "_csrf=" + csrf(onSecond.body()));
      assertThat(signOut.statusCode()).isEqualTo(302);
      var backOnFirst = get(first, "/members");
      assertThat(backOnFirst.statusCode()).isEqualTo(302);
      assertThat(backOnFirst.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(int port, String path, String form) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String csrf(String page) {
    var matcher = CSRF.matcher(page);
    assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
    return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
  }
}
