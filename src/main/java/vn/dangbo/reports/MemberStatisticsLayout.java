package vn.dangbo.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.dangbo.members.MemberFigures;

/**
 * The member-statistics report's layout (number, label, figure key per line, from {@code
 * reports/member-statistics.tsv}) and the closing figures it reads.
 */
final class MemberStatisticsLayout {

  private static final String MEMBER_LAYOUT = "/reports/member-statistics.tsv";
  private static final String KINH = "Kinh";

  private MemberStatisticsLayout() {}

  static void closingFigures(MemberFigures closing, Map<String, Integer> figures) {
    figures.put("closing.total", closing.total());
    figures.put("closing.official", closing.official());
    figures.put("closing.probationary", closing.probationary());
    figures.put("closing.women", closing.women());
    figures.put(
        "closing.ethnicMinority", closing.total() - closing.byEthnicity().getOrDefault(KINH, 0));
    figures.put("closing.exempted", closing.exempted());
    closing.byAgeBand().forEach((band, n) -> figures.put("age." + band, n));
    closing.byEducation().forEach((level, n) -> figures.put("education." + level, n));
    closing.byEthnicity().forEach((group, n) -> figures.put("ethnicity." + group, n));
  }

  /** The member-statistics layout: number, label, figure key (empty for a heading). */
  static List<String[]> layout() {
    try (var in = MemberStatisticsLayout.class.getResourceAsStream(MEMBER_LAYOUT);
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> Arrays.copyOf(l.split("\t", -1), 3))
          .map(a -> new String[] {a[0].strip(), a[1].strip(), a[2] == null ? "" : a[2].strip()})
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
