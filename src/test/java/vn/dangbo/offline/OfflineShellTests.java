package vn.dangbo.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The installable app's files, served to anyone (the browser fetches them before sign-in): the
 * manifest, the icons, the offline page, and the service worker from the root with the shell the
 * pages link, under a versioned cache name, small enough for a slow link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfflineShellTests {

  private static final Pattern STYLESHEET =
      Pattern.compile("href=\"(/css/dangbo-[0-9a-f]+\\.css)\"");
  private static final Pattern SCRIPT = Pattern.compile("src=\"(/js/dangbo-[0-9a-f]+\\.js)\"");
  private static final Pattern OFFLINE_SCRIPT =
      Pattern.compile("src=\"(/js/offline-[0-9a-f]+\\.js)\"");

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theServiceWorkerKeepsTheShellThePagesLinkUnderAVersionedName() throws Exception {
    var worker = get("/sw.js");
    assertThat(worker.statusCode()).isEqualTo(200);
    assertThat(worker.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
    assertThat(worker.headers().firstValue("Service-Worker-Allowed")).hasValue("/");
    assertThat(worker.headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(worker.body()).containsPattern("'dangbo-shell-[0-9a-f]{12}'");

    String login = get("/login").body();
    var stylesheet = STYLESHEET.matcher(login);
    var script = SCRIPT.matcher(login);
    assertThat(stylesheet.find()).isTrue();
    assertThat(script.find()).isTrue();
    assertThat(worker.body())
        .contains(
            "'" + stylesheet.group(1) + "'",
            "'" + script.group(1) + "'",
            "'/offline.html'",
            "'/manifest.webmanifest'");
    assertThat(login).contains("rel=\"manifest\" href=\"/manifest.webmanifest\"");
  }

  @Test
  void theManifestTheIconsAndTheOfflinePageAreServedToAnyone() throws Exception {
    var manifest = get("/manifest.webmanifest");
    assertThat(manifest.statusCode()).isEqualTo(200);
    assertThat(manifest.body())
        .contains("\"short_name\": \"dangbo\"", "\"lang\": \"vi\"", "\"start_url\": \"/\"");
    assertThat(get("/icons/icon-192.png").statusCode()).isEqualTo(200);
    assertThat(get("/icons/icon-512.png").statusCode()).isEqualTo(200);
    assertThat(get("/offline.html").body()).contains("Không có kết nối");
  }

  @Test
  void theServiceWorkerAndThePageScriptsStayUnder15KbCompressed() throws Exception {
    String login = get("/login").body();
    var script = SCRIPT.matcher(login);
    var offline = OFFLINE_SCRIPT.matcher(login);
    assertThat(script.find()).isTrue();
    assertThat(offline.find()).isTrue();
    int compressed =
        gzipped(get("/sw.js").body())
            + gzipped(get(script.group(1)).body())
            + gzipped(get(offline.group(1)).body());
    assertThat(compressed).isLessThanOrEqualTo(15 * 1024);
  }

  private static int gzipped(String text) throws Exception {
    var out = new ByteArrayOutputStream();
    try (var gzip = new GZIPOutputStream(out)) {
      gzip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.size();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
