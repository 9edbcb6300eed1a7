package vn.dangbo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message exists in Vietnamese and English, and templates hold no literal text. */
class MessagesTests {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*)<");
  private static final Pattern LITERAL_ATTRIBUTE =
      Pattern.compile("\\s(?:placeholder|title|alt|aria-label)=\"([^\"]*\\p{L}[^\"]*)\"");

  @Test
  void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
    var vietnamese = load("messages/messages_vi.properties");
    var english = load("messages/messages.properties");
    assertThat(vietnamese.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    assertThat(vietnamese.getProperty("login.title")).isEqualTo("Đăng nhập");
  }

  @Test
  void templatesUseMessageKeysForEveryText() throws IOException {
    var offenders = new ArrayList<String>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        String html =
            Files.readString(file)
                .replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("<!DOCTYPE[^>]*>", "");
        var text = TEXT_NODE.matcher(html);
        while (text.find()) {
          if (text.group(1).codePoints().anyMatch(Character::isLetter)) {
            offenders.add(file + ": " + text.group(1).strip());
          }
        }
        var attribute = LITERAL_ATTRIBUTE.matcher(html);
        while (attribute.find()) {
          offenders.add(file + ": " + attribute.group(0).strip());
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void everyKeyUsedInTemplatesExists() throws IOException {
    var vietnamese = load("messages/messages_vi.properties");
    var missing = new ArrayList<String>();
    var key = Pattern.compile("#\\{([a-zA-Z0-9.]+)[}(]");
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        var m = key.matcher(Files.readString(file));
        while (m.find()) {
          if (!vietnamese.containsKey(m.group(1))) {
            missing.add(file + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyMessageCodeInTheCodeExists() throws IOException {
    var vietnamese = load("messages/messages_vi.properties");
    var code =
        Pattern.compile(
            "(?:Exception|reject|addFlashAttribute\\(\"flash\",)\\(?\\s*\"([a-z][a-zA-Z]+\\.[a-zA-Z.]+)\"");
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        var m = code.matcher(Files.readString(file));
        while (m.find()) {
          if (!vietnamese.containsKey(m.group(1))) {
            missing.add(file.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static Properties load(String resource) throws IOException {
    var properties = new Properties();
    try (var in = MessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
