package vn.dangbo.members;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.dangbo.shared.PersonName;

/**
 * The column headings an import recognises, from {@code import/member-headings.properties}: for
 * each field the heading the template writes, then the other ways communes write it. The template,
 * the messages and the docs all come from this one file, so they cannot drift apart.
 */
final class ImportHeadings {

  /** The pseudo-field of headings read and set aside quietly (a row number such as "STT"). */
  static final String IGNORED = "ignored";

  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");

  /** One field: its name in code, the heading the template writes, and the other headings. */
  record Field(String name, String heading, List<String> others) {}

  private final List<Field> fields;
  private final Map<String, String> fieldsByKey = new HashMap<>();

  private ImportHeadings(List<Field> fields) {
    this.fields = List.copyOf(fields);
    for (var field : fields) {
      var all = new ArrayList<String>();
      all.add(field.heading());
      all.addAll(field.others());
      for (String heading : all) {
        String before = fieldsByKey.put(key(heading), field.name());
        if (before != null && !before.equals(field.name())) {
          throw new IllegalStateException(
              "The heading \"" + heading + "\" means both " + before + " and " + field.name());
        }
      }
    }
  }

  /** The headings of the file on the class path. */
  static ImportHeadings load() {
    try (var in = ImportHeadings.class.getResourceAsStream("/import/member-headings.properties");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      var fields = new ArrayList<Field>();
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        int equals = line.indexOf('=');
        if (line.isEmpty() || line.startsWith("#") || equals < 0) {
          continue;
        }
        var headings =
            Arrays.stream(line.substring(equals + 1).split("\\|"))
                .map(String::strip)
                .filter(h -> !h.isEmpty())
                .toList();
        fields.add(
            new Field(
                line.substring(0, equals).strip(),
                headings.get(0),
                headings.subList(1, headings.size())));
      }
      return new ImportHeadings(fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What a heading is compared by: without accents, in lower case, without full stops ("S.T.T" is
   * "STT"), with any other run of spaces or punctuation as one space ("Số CCCD/CMND" and "so cccd
   * cmnd" are the same).
   */
  static String key(String heading) {
    String key = PersonName.searchKey(heading).replace(".", "");
    return NOT_LETTER_OR_DIGIT.matcher(key).replaceAll(" ").strip();
  }

  /** The field a heading as written means, {@link #IGNORED}, or null when it means nothing. */
  String field(String written) {
    return fieldsByKey.get(key(written));
  }

  /** The heading the template writes for the field. */
  String heading(String field) {
    return fields.stream()
        .filter(f -> f.name().equals(field))
        .map(Field::heading)
        .findFirst()
        .orElse(field);
  }

  /** Every field with its headings, in the template's order, the ignored headings last. */
  List<Field> fields() {
    return fields;
  }
}
