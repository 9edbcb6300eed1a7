package vn.dangbo.members;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangbo.rules.DecidedCases;
import vn.dangbo.rules.RuleKey;

/**
 * The changes of members' status and the steps of recognition: judged by the rules of probation,
 * recognition, attachment and transfer.
 */
@Component
class StatusCases implements DecidedCases {

  private static final Set<RuleKey> RULES =
      EnumSet.of(
          RuleKey.PROBATION_MONTHS,
          RuleKey.RECOGNITION_CONSIDER_WORKING_DAYS,
          RuleKey.RECOGNITION_DECISION_WORKING_DAYS,
          RuleKey.RECOGNITION_VOTE_MAX_ROUNDS,
          RuleKey.DECISION_EXTENSION_WORKING_DAYS,
          RuleKey.TEMPORARY_ATTACHMENT_MIN_MONTHS,
          RuleKey.TEMPORARY_ATTACHMENT_MAX_MONTHS,
          RuleKey.TRANSFER_COMPLETE_WORKING_DAYS,
          RuleKey.TRANSFER_PRESENT_WORKING_DAYS);

  private final JdbcClient jdbc;

  StatusCases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Set<RuleKey> judgedBy() {
    return RULES;
  }

  @Override
  public Found decidedBetween(LocalDate from, LocalDate through, int examples) {
    var cases =
        """
        select m.full_name || ': ' || c.to_status || ', ' || to_char(c.effective_on, 'DD/MM/YYYY')
          as label, c.effective_on as day
        from member_status_change c join member m on m.id = c.member_id
        where c.effective_on between :from and :through and c.from_status is not null
        union all
        select m.full_name || ': ' || r.kind || ', ' || to_char(r.on_date, 'DD/MM/YYYY'), r.on_date
        from recognition_step r join member m on m.id = r.member_id
        where r.on_date between :from and :through
        """;
    return DecidedCases.find(jdbc, cases, from, through, examples);
  }
}
