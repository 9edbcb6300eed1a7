package vn.dangbo.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.shared.RefusedException;

/**
 * Every version of every rule, read at once, for a page that judges many cases (a to-do list): each
 * answer is the one {@link RuleBook#at} would give, without a query per case.
 */
public final class RuleSet implements RuleSource {

  private final Map<RuleKey, List<Rule>> versions = new EnumMap<>(RuleKey.class);

  RuleSet(List<Rule> rules) {
    for (var rule : rules) {
      versions.computeIfAbsent(rule.key(), k -> new ArrayList<>()).add(rule);
    }
    versions.values().forEach(list -> list.sort(Comparator.comparing(Rule::effectiveFrom)));
  }

  /** Every version of the given rules, for a judgement without the database. */
  public static RuleSet of(List<Rule> rules) {
    return new RuleSet(rules);
  }

  /** The value in force on the day; a day before the rule's first value is refused. */
  @Override
  public Rule at(LocalDate day, RuleKey key) {
    Rule found = null;
    for (var rule : versionsOf(key)) {
      if (rule.effectiveFrom().isAfter(day)) {
        break;
      }
      found = rule;
    }
    if (found == null) {
      throw new RefusedException("rules.refused.noneInForce", day);
    }
    return found;
  }

  @Override
  public boolean inForce(LocalDate day, RuleKey key) {
    var found = versionsOf(key);
    return !found.isEmpty() && !found.get(0).effectiveFrom().isAfter(day);
  }

  /** Every version of the rule, oldest first. */
  public List<Rule> versionsOf(RuleKey key) {
    return versions.getOrDefault(key, List.of());
  }
}
