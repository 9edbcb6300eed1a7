package vn.dangbo.offline.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The service worker, served from the root so that its scope is the whole application. Its cache is
 * named by a hash of itself and of the app shell's files, so a release that changes any of them
 * installs a new cache and the pages offer to reload.
 */
@RestController
class ServiceWorkerScript {

  /**
   * The app shell: what every page needs to look right (the style sheet and script under their
   * content-addressed names, as pages link them), and the page shown without signal with what it
   * links.
   */
  static final List<String> SHELL =
      List.of(
          "/css/dangbo.css",
          "/js/dangbo.js",
          "/js/offline.js",
          "/webjars/htmx.org/2.0.8/dist/htmx.min.js",
          "/offline.html",
          "/manifest.webmanifest",
          "/icons/icon-192.png");

  private final ResourceUrlProvider urls;
  private volatile String script;

  ServiceWorkerScript(ResourceUrlProvider urls) {
    this.urls = urls;
  }

  @GetMapping(value = "/sw.js", produces = "text/javascript;charset=UTF-8")
  ResponseEntity<String> script() {
    if (script == null) {
      script = build();
    }
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noCache())
        .header("Service-Worker-Allowed", "/")
        .body(script);
  }

  private String build() {
    var files = new java.util.LinkedHashSet<String>(SHELL);
    for (String file : SHELL) {
      String versioned = urls.getForLookupPath(file);
      if (versioned != null) {
        files.add(versioned);
      }
    }
    String template = new String(read("offline/sw.js"), StandardCharsets.UTF_8);
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    digest.update(template.getBytes(StandardCharsets.UTF_8));
    for (String file : SHELL) {
      digest.update(
          read(file.startsWith("/webjars/") ? "META-INF/resources" + file : "static" + file));
    }
    String version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    return template
        .replace("__VERSION__", version)
        .replace(
            "__FILES__",
            files.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", ", "[", "]")));
  }

  private static byte[] read(String resource) {
    try (InputStream in =
        ServiceWorkerScript.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
