package vn.dangbo.members;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.dangbo.shared.PersonName;

/**
 * The 54 ethnic groups of Vietnam as the General Statistics Office lists them (Danh mục các dân tộc
 * Việt Nam, Tổng cục Thống kê: the groups of Quyết định 121-TCTK/PPCĐ of 2 March 1979, with the
 * codes of Quyết định 1019/QĐ-TCTK of 12 November 2008; table {@code ethnicity}, migrations V5 and
 * V34), and the spellings people really type for them. The one place where a written ethnic group
 * becomes a code: accents, case, apostrophes (straight or curly), hyphens and spaces do not count
 * ("H’Mông", "H'Mông", "Hmông", "H Mông"; "Ba Na", "Ba-na"), a name in brackets may follow ("Mông
 * (Mèo)", "Việt (Kinh)"), and a few other names are known ({@link #OTHER_NAMES}).
 */
final class EthnicGroups {

  /** One group: its code in the list and its name as the list writes it. */
  record Group(int code, String name) {

    /** The code as the list writes it, with two digits ("08"). */
    String listCode() {
      return String.format("%02d", code);
    }
  }

  /**
   * What a written group was read as; {@code respelled} when it was not written as the list writes
   * it (other than by case), so the dry run can say how it was understood.
   */
  record Reading(Group group, boolean respelled) {}

  /**
   * Other names in common use, each with the code it stands for: the list's own "other names" (tên
   * gọi khác) that people still write on forms, and international spellings.
   */
  static final Map<String, Integer> OTHER_NAMES =
      Map.ofEntries(
          Map.entry("Việt", 1),
          Map.entry("Khmer", 5),
          Map.entry("Hán", 6),
          Map.entry("H'Mông", 8),
          Map.entry("Mèo", 8),
          Map.entry("Jrai", 10),
          Map.entry("Ra-đê", 11),
          Map.entry("Bahnar", 12),
          Map.entry("Cao Lan", 13),
          Map.entry("K'Ho", 15),
          Map.entry("Xê Đăng", 16),
          Map.entry("Raglay", 19),
          Map.entry("Stiêng", 22),
          Map.entry("Khmu", 23),
          Map.entry("Bru", 24),
          Map.entry("Vân Kiều", 24),
          Map.entry("Brao", 53));

  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");
  private static final Pattern BRACKETS = Pattern.compile("^([^()]*)\\(([^()]*)\\)\\s*$");

  private final Map<Integer, Group> byCode = new HashMap<>();
  private final Map<String, Group> byKey = new HashMap<>();

  /** The groups of the list, name by code (as {@link Members#ethnicities()} gives them). */
  EthnicGroups(Map<Integer, String> names) {
    names.forEach(
        (code, name) -> {
          var group = new Group(code, name);
          byCode.put(code, group);
          byKey.put(key(name), group);
        });
    OTHER_NAMES.forEach(
        (other, code) -> {
          if (byCode.containsKey(code)) {
            byKey.putIfAbsent(key(other), byCode.get(code));
          }
        });
  }

  /**
   * What a group is compared by: without accents, case, apostrophes, hyphens, spaces or other
   * punctuation ("H’Mông" and "hmong" are the same; so are "Ba-na" and "Ba Na"), and without a
   * leading "dân tộc".
   */
  static String key(String written) {
    String key = NOT_LETTER_OR_DIGIT.matcher(PersonName.searchKey(written)).replaceAll("");
    return key.startsWith("dantoc") && key.length() > 6 ? key.substring(6) : key;
  }

  /** The group a written name stands for, if any. */
  Optional<Reading> read(String written) {
    Group group = byKey.get(key(written));
    var brackets = BRACKETS.matcher(written);
    if (group == null && brackets.matches()) {
      group = byKey.get(key(brackets.group(1)));
      if (group == null) {
        group = byKey.get(key(brackets.group(2)));
      }
    }
    if (group == null) {
      return Optional.empty();
    }
    return Optional.of(new Reading(group, !sameWriting(written, group.name())));
  }

  /** Every group, by code. */
  List<Group> all() {
    return byCode.values().stream().sorted(java.util.Comparator.comparing(Group::code)).toList();
  }

  /** The other names of {@link #OTHER_NAMES} that stand for the group. */
  List<String> otherNames(int code) {
    return OTHER_NAMES.entrySet().stream()
        .filter(e -> e.getValue() == code)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  private static boolean sameWriting(String written, String name) {
    String a = Normalizer.normalize(written.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
    return a.equalsIgnoreCase(Normalizer.normalize(name, Normalizer.Form.NFC));
  }
}
