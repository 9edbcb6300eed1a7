package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.Demo;

/**
 * A page view moves its session's last access, but the session's row is written only when a minute
 * has passed since the access it holds (or when the session's id, owner or lifetime changes), so
 * most pages do not write to the database at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionSavesTests {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private final CookieManager cookies = new CookieManager();
  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Test
  void pagesWithinAMinuteLeaveTheSessionRowAndThenItIsWrittenAgain() throws Exception {
    String before = sessionId(get("/login"));
    var signIn =
        post(
            "/login",
            "username=bithu.hangdong&password="
                + URLEncoder.encode(Demo.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf="
                + csrf(get("/login").body()));
    assertThat(signIn.statusCode()).isEqualTo(302);
    String session = sessionId(signIn);
    assertThat(session).as("signing in changes the id, which is written").isNotEqualTo(before);

    assertThat(get("/members").statusCode()).isEqualTo(200);
    var written = row(session);
    for (int i = 0; i < 3; i++) {
      assertThat(get("/members").statusCode()).isEqualTo(200);
    }
    assertThat(row(session)).as("three pages within the minute").isEqualTo(written);

    jdbc.sql(
            "update spring_session set last_access_time = last_access_time - 61000,"
                + " expiry_time = expiry_time - 61000 where session_id = :id")
        .param("id", session)
        .update();
    var aMinuteOld = row(session);
    assertThat(get("/members").statusCode()).isEqualTo(200);
    var again = row(session);
    assertThat(again.lastAccess()).as("written again").isGreaterThan(aMinuteOld.lastAccess());
    assertThat(again.expiry() - again.lastAccess()).isEqualTo(30 * 60 * 1000L);
  }

  private record Row(String version, long lastAccess, long expiry) {}

  private Row row(String sessionId) {
    return jdbc.sql(
            "select xmin::text, last_access_time, expiry_time from spring_session"
                + " where session_id = :id")
        .param("id", sessionId)
        .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3)))
        .single();
  }

  /** The session's id, as the SESSION cookie carries it (Base64). */
  private String sessionId(HttpResponse<String> response) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("SESSION"))
        .map(HttpCookie::getValue)
        .map(v -> new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8))
        .findFirst()
        .orElseThrow();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String form) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String csrf(String page) {
    var m = CSRF.matcher(page);
    assertThat(m.find()).as("a CSRF token on the page").isTrue();
    return m.group(1);
  }
}
