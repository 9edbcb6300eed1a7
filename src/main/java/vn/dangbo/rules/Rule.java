package vn.dangbo.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.dangbo.shared.RefusedException;

/**
 * One value of a rule, in force from a day, with the regulation it comes from. A refusal based on a
 * rule names the rule and its basis.
 */
public record Rule(
    RuleKey key, LocalDate effectiveFrom, String value, String legalBasis, boolean unconfirmed) {

  public int asInt() {
    return Integer.parseInt(value.strip());
  }

  public List<Integer> asInts() {
    return Arrays.stream(value.split(",")).map(String::strip).map(Integer::parseInt).toList();
  }

  /** Codes separated by commas: "A, B" is [A, B]. */
  public List<String> asCodes() {
    return Arrays.stream(value.split(",")).map(String::strip).toList();
  }

  /** A share as numerator and denominator: "2/3" is {2, 3}. */
  public int[] asShare() {
    var parts = value.split("/");
    return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
  }

  /** Whether {@code part} of {@code whole} reaches this share (at least 2/3: 6 of 9 does). */
  public boolean reachedBy(int part, int whole) {
    int[] share = asShare();
    return whole > 0 && (long) part * share[1] >= (long) whole * share[0];
  }

  /** A refusal that names this rule, its value and its legal basis. */
  public RefusedException refusal(String messageCode, Object... arguments) {
    var all = Arrays.copyOf(arguments, arguments.length + 2);
    all[arguments.length] = value;
    all[arguments.length + 1] = legalBasis;
    return RefusedException.byRule(messageCode, key.key(), legalBasis, all);
  }

  /** Checks a value before it is stored: it must read as the rule's kind says. */
  static void checkValue(RuleKey key, String value) {
    try {
      switch (key.kind()) {
        case COUNT -> {
          if (Integer.parseInt(value.strip()) < 0) {
            throw new NumberFormatException();
          }
        }
        case COUNTS ->
            Arrays.stream(value.split(",")).map(String::strip).forEach(Integer::parseInt);
        case CODES -> {
          if (!value.strip().matches("[A-Z_]+(\\s*,\\s*[A-Z_]+)*")) {
            throw new NumberFormatException();
          }
        }
        case SHARE -> {
          var parts = value.split("/");
          int numerator = Integer.parseInt(parts[0].strip());
          int denominator = Integer.parseInt(parts[1].strip());
          if (parts.length != 2 || numerator <= 0 || denominator <= 0 || numerator > denominator) {
            throw new NumberFormatException();
          }
        }
      }
    } catch (RuntimeException e) {
      String code =
          switch (key.kind()) {
            case COUNT -> "rules.refused.value.COUNT";
            case COUNTS -> "rules.refused.value.COUNTS";
            case SHARE -> "rules.refused.value.SHARE";
            case CODES -> "rules.refused.value.CODES";
          };
      throw new RefusedException(code, value);
    }
  }
}
