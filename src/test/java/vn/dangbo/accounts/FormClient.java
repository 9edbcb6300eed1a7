package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import vn.dangbo.Demo;

/**
 * A browser without a browser: keeps its cookies, follows no redirect, signs in through the login
 * form with its CSRF token, and may talk to several app instances on the same machine.
 */
final class FormClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  HttpResponse<String> get(int port, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(int port, String path, String form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A JSON request with the given headers (name, value, name, value...). */
  HttpResponse<String> json(int port, String method, String path, String body, String... headers)
      throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Signs in with the demo password; the answer (a redirect when it worked). */
  HttpResponse<String> signIn(int port, String username) throws Exception {
    return post(
        port,
        "/login",
        "username="
            + username
            + "&password="
            + URLEncoder.encode(Demo.PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + csrf(get(port, "/login").body()));
  }

  /** The session's id, as the SESSION cookie carries it (Base64). */
  String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("SESSION"))
        .map(c -> new String(Base64.getDecoder().decode(c.getValue()), StandardCharsets.UTF_8))
        .findFirst()
        .orElseThrow();
  }

  /** The CSRF token of a page, ready for a form body. */
  static String csrf(String page) {
    var matcher = CSRF.matcher(page);
    assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
    return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
  }
}
