package vn.dangbo.members;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import vn.dangbo.shared.PersonName;

/** Reads typed values of one row, noting each unreadable one as a problem of its column. */
record RowReader(
    int row,
    Map<String, String> values,
    Map<String, String> names,
    Map<String, String> keys,
    List<ImportProblem> problems) {

  /** The search key of a value; the few values a column repeats are turned into keys once. */
  String key(String value) {
    return keys.computeIfAbsent(value, PersonName::searchKey);
  }

  boolean yes(String field) {
    String value = values.get(field);
    if (value == null) {
      return false;
    }
    String key = key(value);
    return key.equals("x") || key.equals("co") || key.equals("1") || key.equals("true");
  }

  Sex sex() {
    String value = values.get("sex");
    if (value == null) {
      return null;
    }
    return switch (key(value)) {
      case "nam", "m", "male" -> Sex.MALE;
      case "nu", "f", "female" -> Sex.FEMALE;
      default -> {
        problems.add(
            new ImportProblem(row, names.get("sex"), "import.problem.sex", new Object[] {value}));
        yield null;
      }
    };
  }

  LocalDate date(String field) {
    String value = values.get(field);
    if (value == null) {
      return null;
    }
    try {
      return MemberImport.parseDate(value);
    } catch (DateTimeParseException e) {
      problems.add(
          new ImportProblem(row, names.get(field), "import.problem.date", new Object[] {value}));
      return null;
    }
  }

  <T> T lookup(String field, Map<String, T> known, String code) {
    String value = values.get(field);
    if (value == null) {
      return null;
    }
    T found = known.get(key(value));
    if (found == null) {
      problems.add(new ImportProblem(row, names.get(field), code, new Object[] {value}));
    }
    return found;
  }
}
