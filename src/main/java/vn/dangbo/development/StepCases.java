package vn.dangbo.development;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangbo.rules.DecidedCases;
import vn.dangbo.rules.RuleKey;

/** The steps recorded in admissions: judged by the rules of age, dossier, introducers and votes. */
@Component
class StepCases implements DecidedCases {

  private static final Set<RuleKey> RULES =
      EnumSet.of(
          RuleKey.ADMISSION_AGE_MIN_MONTHS,
          RuleKey.ADMISSION_AGE_MAX_MONTHS,
          RuleKey.ADMISSION_EDUCATION_MIN_GRADE,
          RuleKey.ADMISSION_EDUCATION_MIN_GRADE_ETHNIC_AREA,
          RuleKey.COURSE_CERTIFICATE_VALIDITY_MONTHS,
          RuleKey.INTRODUCER_KNOWN_MONTHS,
          RuleKey.INTRODUCER_OFFICIAL_MEMBERS,
          RuleKey.INTRODUCER_YOUTH_UNION_MAX_AGE_YEARS,
          RuleKey.DOSSIER_VALIDITY_MONTHS,
          RuleKey.CELL_VOTE_SHARE,
          RuleKey.COMMITTEE_VOTE_SHARE,
          RuleKey.ADMISSION_DECISION_WORKING_DAYS,
          RuleKey.ADMISSION_CEREMONY_WORKING_DAYS,
          RuleKey.DECISION_EXTENSION_WORKING_DAYS,
          RuleKey.READMISSION_MONTHS_OUT,
          RuleKey.READMISSION_MONTHS_AFTER_RECORD_CLEARED,
          RuleKey.READMISSION_MAX_TIMES,
          RuleKey.READMISSION_PROVINCIAL_CONSENT,
          RuleKey.READMISSION_BARRED_REASONS);

  private final JdbcClient jdbc;

  StepCases(JdbcClient jdbc) {
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
        select c.full_name || ': ' || s.kind || ', ' || to_char(s.on_date, 'DD/MM/YYYY') as label,
          s.on_date as day
        from candidate_step s join candidate c on c.id = s.candidate_id
        where s.on_date between :from and :through
        """,
        from,
        through,
        examples);
  }
}
