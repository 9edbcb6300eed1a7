package vn.dangbo.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

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
}
