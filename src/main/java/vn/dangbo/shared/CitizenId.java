package vn.dangbo.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A personal identification number (số định danh cá nhân, printed on the căn cước card): exactly 12
 * digits. The first three are the code of the province where the birth was registered (from the
 * published list, {@code reference/citizen-id-provinces.tsv}); the fourth gives the century of
 * birth and the sex (0/1 a man/woman born 1900–1999, 2/3 born 2000–2099, and so on); the fifth and
 * sixth are the last two digits of the year of birth (Thông tư 07/2016/TT-BCA, Điều 7, kept by
 * Thông tư 59/2021/TT-BCA). A number whose structure contradicts the person's birth date or sex is
 * a mistake of entry and is refused, naming the part that disagrees.
 */
public record CitizenId(String value) {

  private static final Map<String, String> PROVINCES = provinces();

  public CitizenId {
    value = value == null ? null : value.replaceAll("[\\s.]", "");
    if (value == null || !value.matches("[0-9]{12}")) {
      throw RefusedException.forField("citizenId", "citizenId.refused.format");
    }
    if (!PROVINCES.containsKey(value.substring(0, 3))) {
      throw RefusedException.forField(
          "citizenId", "citizenId.refused.province", value, value.substring(0, 3));
    }
  }

  /** A citizen ID from a form field, or null when the field was left empty. */
  public static CitizenId ofNullable(String value) {
    return value == null || value.isBlank() ? null : new CitizenId(value);
  }

  /** The province where the birth was registered, as the list names it. */
  public String province() {
    return PROVINCES.get(value.substring(0, 3));
  }

  /** The year of birth the number encodes. */
  public int birthYear() {
    int century = 1900 + (value.charAt(3) - '0') / 2 * 100;
    return century + Integer.parseInt(value.substring(4, 6));
  }

  /** Whether the number is a woman's (an odd fourth digit). */
  public boolean female() {
    return (value.charAt(3) - '0') % 2 == 1;
  }

  /**
   * Refuses the number when it contradicts the person's birth date or sex: the message says which
   * digits disagree with what. A missing birth date or sex is not checked here.
   */
  public void checkAgainst(LocalDate birthDate, Boolean personFemale) {
    if (birthDate != null && birthYear() != birthDate.getYear()) {
      throw RefusedException.forField(
          "citizenId",
          "citizenId.refused.birthYear",
          value,
          value.substring(3, 6),
          String.valueOf(birthYear()),
          String.valueOf(birthDate.getYear()));
    }
    if (personFemale != null && female() != personFemale) {
      throw RefusedException.forField(
          "citizenId",
          "citizenId.refused.sex",
          value,
          value.substring(3, 4),
          female() ? 1 : 0,
          personFemale ? 1 : 0);
    }
  }

  private static Map<String, String> provinces() {
    var codes = new HashMap<String, String>();
    try (var in = CitizenId.class.getResourceAsStream("/reference/citizen-id-provinces.tsv");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t"))
          .forEach(parts -> codes.put(parts[0], parts[1]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(codes);
  }
}
