package vn.dangbo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.dangbo.Demo;

/**
 * Every mapped URL, over real HTTP through Tomcat, with malformed path variables (letters, a number
 * too big for any id, an encoded slash, a NUL) and malformed parameters (dates, years, formats, a
 * blank status, a language that does not exist): nothing answers 5xx, and every refusal comes in
 * the form the caller expects: the Vietnamese HTML page for a browser, JSON for the API and for a
 * caller asking for JSON. The pages are asked as the Tà Xùa office (signed in through the form),
 * the API as the province (HTTP Basic). Writes are sent only with malformed ids, so that none can
 * succeed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedRequestTests {

  private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

  /** Values no path variable accepts. */
  private static final List<String> BAD_IDS = List.of("abc", "99999999999999999999", "%2F", "%00");

  /** Parameters that pages and the API read, all malformed at once. */
  private static final String BAD_PARAMETERS =
      "on=%22&from=2024-13-45&to=x&year=abc&since=1899-01-01&status=%20&format=%22"
          + "&organization=x&cell=1.5&page=-1&size=99999999999&q=%00&kind=NOPE&day=0";

  @LocalServerPort int port;
  @Autowired Demo demo;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @BeforeEach
  void signIn() throws Exception {
    var login = send("GET", "/login", BROWSER, false);
    var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
    assertThat(csrf.find()).isTrue();
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "username=vanphong.taxua&password="
                        + URLEncoder.encode(Demo.PASSWORD, StandardCharsets.UTF_8)
                        + "&_csrf="
                        + csrf.group(1)))
            .build();
    assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(302);
  }

  @Test
  void noMalformedRequestAnswers5xxAndEachRefusalComesInTheCallersForm() throws Exception {
    var failures = new ArrayList<String>();
    for (var endpoint : endpoints()) {
      String verb = endpoint.substring(0, endpoint.indexOf(' '));
      String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
      boolean api = pattern.startsWith("/api/");
      var paths = new ArrayList<String>();
      if (pattern.contains("{")) {
        BAD_IDS.forEach(bad -> paths.add(fill(pattern, bad)));
      }
      if (verb.equals("GET")) {
        String good = fill(pattern, String.valueOf(demo.named("Chi bộ bản Làng Chếu")));
        paths.add(good + "?" + BAD_PARAMETERS);
        paths.add(good + "?lang=%22");
      }
      for (var path : paths) {
        check(verb, path, api ? "application/json" : BROWSER, api, failures);
        if (!api) {
          check(verb, path, "application/json", false, failures);
        }
      }
    }
    for (var path : List.of("/error", "/api/v1/nope", "/nope", "/members/%2F..%2F", "/%00")) {
      check("GET", path, BROWSER, path.startsWith("/api/"), failures);
      check("GET", path, "application/json", path.startsWith("/api/"), failures);
    }
    assertThat(failures).as("malformed requests answered wrongly").isEmpty();
  }

  @Test
  void aDirectRequestForTheErrorPageIsAPageThatDoesNotExist() throws Exception {
    var page = send("GET", "/error", BROWSER, false);
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("lang=\"vi\"");
    var json = send("GET", "/error", "application/json", false);
    assertThat(json.statusCode()).isEqualTo(404);
    assertThat(json.body()).contains("\"code\":\"NOT_FOUND\"").doesNotContain("vanphong");
  }

  @Test
  void aPathTomcatRefusesIsAnsweredInVietnameseOrJson() throws Exception {
    var page = send("GET", "/members/%2F", BROWSER, false);
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("Yêu cầu không hợp lệ").doesNotContain("Tomcat");
    var json = send("GET", "/api/v1/members/1%00", "*/*", true);
    assertThat(json.statusCode()).isEqualTo(400);
    assertThat(json.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
  }

  private void check(String verb, String path, String accept, boolean api, List<String> failures)
      throws Exception {
    var response = send(verb, path, accept, api);
    int status = response.statusCode();
    String type = response.headers().firstValue("Content-Type").orElse("");
    String asked = verb + " " + path + " [" + accept.substring(0, 9) + "]";
    if (status >= 500) {
      failures.add(asked + ": " + status);
    } else if (status >= 400 && status != 401) {
      boolean json = api || accept.equals("application/json");
      if (!type.startsWith(json ? "application/json" : "text/html")) {
        failures.add(asked + ": " + status + " as " + type);
      }
    }
  }

  private HttpResponse<String> send(String verb, String path, String accept, boolean api)
      throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", accept)
            .method(
                verb,
                verb.equals("GET")
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString("{}"));
    if (!verb.equals("GET")) {
      request.header("Content-Type", "application/json");
    }
    if (api) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      ("tinh.sonla:" + Demo.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Every mapped method and path but the error page itself, as "GET /members/{id}". */
  private List<String> endpoints() {
    var result = new TreeSet<String>();
    mapping
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              for (var pattern : info.getPatternValues()) {
                for (var verb : info.getMethodsCondition().getMethods()) {
                  if (!pattern.equals("/error")) {
                    result.add(verb + " " + pattern);
                  }
                }
              }
            });
    return new ArrayList<>(result);
  }

  private static String fill(String pattern, String value) {
    return pattern
        .replace("{format:json|xlsx|pdf}", "xlsx")
        .replace("{format:docx|pdf}", "docx")
        .replaceAll("\\{[^}]+}", value);
  }
}
