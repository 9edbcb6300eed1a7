package vn.dangbo.rules;

import java.time.LocalDate;

/**
 * Where rule values are read: the rulebook in the database ({@link RuleBook}), or every version
 * read at once ({@link RuleSet}), which a test may also build from values of its own.
 */
public interface RuleSource {

  /** The value in force on the day; a day before the rule's first value is refused. */
  Rule at(LocalDate day, RuleKey key);

  /** Whether the rule has a value in force on the day (a rule of a newer text may have none). */
  default boolean inForce(LocalDate day, RuleKey key) {
    try {
      at(day, key);
      return true;
    } catch (vn.dangbo.shared.RefusedException none) {
      return false;
    }
  }
}
