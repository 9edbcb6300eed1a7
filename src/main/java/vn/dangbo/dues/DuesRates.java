package vn.dangbo.dues;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.dangbo.members.Sex;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.RuleSource;
import vn.dangbo.shared.RefusedException;

/**
 * The amount of a month's dues under the rules in force on the first of the month: a share of the
 * declared amount, a fixed amount for pupils and students, or a share of the regional minimum wage
 * that depends on whether the member has reached the legal retirement age; rounded to the nearest
 * multiple the rules give (half up). Pure: the rules and the minimum wage are given.
 */
final class DuesRates {

  private static final long BASIS_POINTS = 10_000;

  private DuesRates() {}

  /**
   * The full amount due for the month starting on {@code day}, before any reduction; refused when a
   * kind that needs a declared amount has none.
   */
  static long full(
      DuesBasis basis,
      Sex sex,
      LocalDate birth,
      LocalDate day,
      long minimumWage,
      RuleSource rules) {
    return reduced(basis, sex, birth, day, minimumWage, 0, rules);
  }

  /** The amount due after a reduction of {@code percent} (0 for none). */
  static long reduced(
      DuesBasis basis,
      Sex sex,
      LocalDate birth,
      LocalDate day,
      long minimumWage,
      int percent,
      RuleSource rules) {
    long step = rules.at(day, RuleKey.DUES_ROUNDING_VND).asInt();
    long kept = 100L - percent;
    return switch (basis.kind()) {
      case INSURED_SALARY ->
          share(
              declared(basis), rules.at(day, RuleKey.DUES_INSURED_SALARY_BASIS_POINTS), kept, step);
      case INSURANCE_ALLOWANCE ->
          share(
              declared(basis),
              rules.at(day, RuleKey.DUES_INSURANCE_ALLOWANCE_BASIS_POINTS),
              kept,
              step);
      case PENSION ->
          share(declared(basis), rules.at(day, RuleKey.DUES_PENSION_BASIS_POINTS), kept, step);
      case STUDENT -> nearest(rules.at(day, RuleKey.DUES_STUDENT_AMOUNT).asInt() * kept, 100, step);
      case SOCIAL_PENSION -> 0;
      case OTHER ->
          share(
              minimumWage,
              rules.at(
                  day,
                  retired(sex, birth, day, rules)
                      ? RuleKey.DUES_MINIMUM_WAGE_RETIRED_BASIS_POINTS
                      : RuleKey.DUES_MINIMUM_WAGE_BELOW_RETIREMENT_BASIS_POINTS),
              kept,
              step);
    };
  }

  /**
   * Whether the member has reached the legal retirement age on the day: their age in whole months
   * is at least the age in force that year (which rises by 3 months a year for men until 62 in
   * 2028, by 4 for women until 60 in 2035; once reached it stays reached).
   */
  static boolean retired(Sex sex, LocalDate birth, LocalDate day, RuleSource rules) {
    if (birth == null) {
      return false;
    }
    var key = sex == Sex.MALE ? RuleKey.RETIREMENT_MEN_MONTHS : RuleKey.RETIREMENT_WOMEN_MONTHS;
    return ChronoUnit.MONTHS.between(birth, day) >= rules.at(day, key).asInt();
  }

  private static long declared(DuesBasis basis) {
    if (basis.declared() == null) {
      throw new RefusedException("dues.refused.declaredMissing");
    }
    return basis.declared();
  }

  private static long share(long amount, vn.dangbo.rules.Rule basisPoints, long kept, long step) {
    return nearest(amount * basisPoints.asInt() * kept, BASIS_POINTS * 100, step);
  }

  /** numerator / denominator rounded half up to a multiple of step. */
  static long nearest(long numerator, long denominator, long step) {
    long unit = denominator * step;
    long q = numerator / unit;
    long rest = numerator % unit;
    return (rest * 2 >= unit ? q + 1 : q) * step;
  }
}
