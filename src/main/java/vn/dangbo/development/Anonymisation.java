package vn.dangbo.development;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;

/**
 * People who left the pipeline without admission are anonymised once {@code
 * privacy.leftCandidate.retentionMonths} have passed since they left: the name, birth day (the year
 * stays), citizen ID, phone, places, occupation, former membership, the steps' notes and
 * certificate numbers and the mentors' notes go, in the record and in the audit trail; what the
 * counts need stays (cell, stage and its day, the steps' kinds and days, sex, ethnicity, education,
 * the groups). The report says beforehand who would be; the run does it.
 */
@Service
public class Anonymisation {

  private static final Logger log = LoggerFactory.getLogger(Anonymisation.class);

  /** The keys taken out of the audit trail's rows about an anonymised person. */
  private static final String[] FORGOTTEN = {
    "full_name",
    "birth_date",
    "citizen_id",
    "occupation",
    "residence",
    "home_place_id",
    "mass_organization",
    "birth_place",
    "home_town",
    "religion",
    "phone",
    "former_left_on",
    "former_exit_reason",
    "former_record_cleared_on",
    "former_times_readmitted",
    "readmission_consent",
    "note",
    "certificate",
    "consent_number"
  };

  private final JdbcClient jdbc;
  private final Organizations organizations;
  private final RuleBook rules;
  private final Clock clock;

  Anonymisation(JdbcClient jdbc, Organizations organizations, RuleBook rules, Clock clock) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.rules = rules;
    this.clock = clock;
  }

  /** A person who would be anonymised: no name, the cell, the day they left. */
  public record Line(long candidateId, long cellId, String cellName, LocalDate leftOn) {}

  /** Who would be anonymised today: those who left on or before {@code leftBefore}. */
  public record Report(int retentionMonths, LocalDate leftBefore, List<Line> lines) {}

  /** The dry run: who would be anonymised today, in the cells the user manages. */
  @Transactional(readOnly = true)
  public Report report(OrganizationScope scope) {
    LocalDate today = LocalDate.now(clock);
    int months = rules.at(today, RuleKey.PRIVACY_LEFT_CANDIDATE_RETENTION_MONTHS).asInt();
    LocalDate leftBefore = today.minusMonths(months);
    var names = new HashMap<Long, String>();
    var lines =
        jdbc
            .sql(
                """
                select c.id, c.cell_id, c.stage_since from candidate c
                where c.stage = 'LEFT' and c.anonymised_on is null and c.stage_since <= :before
                order by c.cell_id, c.stage_since, c.id
                """)
            .param("before", leftBefore)
            .query(
                (rs, n) ->
                    new Line(rs.getLong(1), rs.getLong(2), null, rs.getObject(3, LocalDate.class)))
            .list()
            .stream()
            .filter(l -> scope.everything() || scope.canManage(l.cellId()))
            .map(
                l ->
                    new Line(
                        l.candidateId(),
                        l.cellId(),
                        names.computeIfAbsent(
                            l.cellId(),
                            cell ->
                                organizations
                                    .findLatest(cell, OrganizationScope.all())
                                    .map(OrganizationNode::name)
                                    .orElse("")),
                        l.leftOn()))
            .toList();
    return new Report(months, leftBefore, lines);
  }

  /** Anonymises those the report names, in one transaction; answers how many. */
  @Transactional
  public int run(OrganizationScope scope) {
    var report = report(scope);
    if (report.lines().isEmpty()) {
      return 0;
    }
    report
        .lines()
        .forEach(
            l ->
                log.info(
                    "Anonymising candidate {} of {} who left on {}",
                    l.candidateId(),
                    l.cellName(),
                    l.leftOn()));
    Long[] ids = report.lines().stream().map(Line::candidateId).toArray(Long[]::new);
    jdbc.sql(
            """
            update candidate set full_name = 'Người đã ẩn danh', search_key = '',
              birth_date = make_date(extract(year from birth_date)::int, 1, 1),
              citizen_id = null, citizen_id_lookup = null, occupation = null, residence = null, home_place_id = null,
              mass_organization = null, birth_place = null, home_town = null, religion = null,
              phone = null, former_left_on = null, former_exit_reason = null,
              former_record_cleared_on = null, former_times_readmitted = null,
              readmission_consent = null, anonymised_on = :today, version = version + 1
            where id = any(:ids)
            """)
        .param("today", LocalDate.now(clock))
        .param("ids", ids)
        .update();
    jdbc.sql(
            """
            update candidate_step set note = null, certificate = null, consent_number = null
            where candidate_id = any(:ids)
            """)
        .param("ids", ids)
        .update();
    jdbc.sql("update mentor_observation set note = null where candidate_id = any(:ids)")
        .param("ids", ids)
        .update();
    jdbc.sql("update course_enrolment set certificate = null where candidate_id = any(:ids)")
        .param("ids", ids)
        .update();
    jdbc.sql("select audit_forget_candidates(:ids, :keys)")
        .param("ids", ids)
        .param("keys", FORGOTTEN)
        .query(Integer.class)
        .single();
    log.info(
        "Anonymised {} people who left the pipeline on or before {}",
        ids.length,
        report.leftBefore());
    return ids.length;
  }
}
