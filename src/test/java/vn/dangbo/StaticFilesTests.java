package vn.dangbo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a phone on a slow link is spared: pages and scripts travel compressed, the style sheet's
 * address changes with its content so it is kept for a year, and the script of a fixed version too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticFilesTests {

  private static final Pattern STYLESHEET =
      Pattern.compile("href=\"(/css/dangbo-[0-9a-f]+\\.css)\"");
  private static final Pattern SCRIPT = Pattern.compile("src=\"(/webjars/htmx\\.org/[^\"]+)\"");

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void pagesAreCompressedAndStaticFilesKeptForAYear() throws Exception {
    var login = get("/login");
    assertThat(login.headers().firstValue("Content-Encoding")).hasValue("gzip");

    String page =
        new String(
            new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(login.body()))
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    var stylesheet = STYLESHEET.matcher(page);
    assertThat(stylesheet.find()).as("a content-addressed style sheet").isTrue();
    var css = get(stylesheet.group(1));
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000", "public"));
    assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");

    var script = SCRIPT.matcher(page);
    assertThat(script.find()).isTrue();
    var js = get(script.group(1));
    assertThat(js.statusCode()).isEqualTo(200);
    assertThat(js.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
    assertThat(js.headers().firstValue("Content-Encoding")).hasValue("gzip");
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept-Encoding", "gzip")
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
