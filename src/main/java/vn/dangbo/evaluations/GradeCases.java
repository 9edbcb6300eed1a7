package vn.dangbo.evaluations;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangbo.rules.DecidedCases;
import vn.dangbo.rules.RuleKey;

/**
 * The grades decided in evaluations: judged by the points and caps in force on the last day of the
 * period evaluated.
 */
@Component
class GradeCases implements DecidedCases {

  private static final Set<RuleKey> RULES =
      EnumSet.of(
          RuleKey.EVALUATION_POINTS_SCALE,
          RuleKey.EVALUATION_GENERAL_MAX_POINTS,
          RuleKey.EVALUATION_GRADE_MIN_POINTS,
          RuleKey.EVALUATION_EXCELLENT_MIN_EXCEEDING_PERCENT,
          RuleKey.EVALUATION_COLLECTIVE_MAX_LATE_PERCENT,
          RuleKey.EVALUATION_EXCELLENT_CAP_PERCENT_OF_GOOD,
          RuleKey.EVALUATION_REMOVAL_YEARS_IN_ROW);

  private final JdbcClient jdbc;

  GradeCases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Set<RuleKey> judgedBy() {
    return RULES;
  }

  @Override
  public Found decidedBetween(LocalDate from, LocalDate through, int examples) {
    return DecidedCases.find(
        jdbc,
        """
        select c.title || ': ' || s.grade || ', ' || to_char(c.period_to, 'DD/MM/YYYY') as label,
          c.period_to as day
        from evaluation_step s
        join evaluation e on e.id = s.evaluation_id
        join evaluation_cycle c on c.id = e.cycle_id
        where s.step = 'DECISION' and c.period_to between :from and :through
        """,
        from,
        through,
        examples);
  }
}
