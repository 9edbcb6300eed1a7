package vn.dangbo.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Vietnamese personal name with its search key: lower case, without tone marks or other
 * diacritics, "đ" as "d", single spaces. "Hạng A Thái" and "hang a thai" have the same key, so a
 * secretary typing on a phone without a Vietnamese keyboard still finds the person.
 */
public record PersonName(String value) {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  public PersonName {
    value = value == null ? "" : SPACES.matcher(value.strip()).replaceAll(" ");
  }

  public String searchKey() {
    return searchKey(value);
  }

  /** The search key of any text: what a query is compared with. */
  public static String searchKey(String text) {
    if (text == null) {
      return "";
    }
    String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").strip();
  }

  @Override
  public String toString() {
    return value;
  }
}
