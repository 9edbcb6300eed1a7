package vn.dangbo.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A Vietnamese personal name with its search key: lower case, without tone marks or other
 * diacritics, "đ" as "d", single spaces. "Hạng A Thái" and "hang a thai" have the same key, so a
 * secretary typing on a phone without a Vietnamese keyboard still finds the person.
 */
public record PersonName(String value) {

  public PersonName {
    value = value == null ? "" : value.strip().replaceAll("\\s+", " ");
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
    return decomposed.replaceAll("\\p{M}+", "").replaceAll("\\s+", " ").strip();
  }

  @Override
  public String toString() {
    return value;
  }
}
