package vn.dangbo.development;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * The notice a person who is not a member is given about their data (thông báo xử lý dữ liệu cá
 * nhân): what the cell keeps about them, why, for how long and whom to ask, printed from their
 * record; and the days it was given.
 */
@Service
public class PrivacyNotices {

  private final Candidates candidates;
  private final Organizations organizations;
  private final RuleBook rules;
  private final JdbcClient jdbc;
  private final Clock clock;

  PrivacyNotices(
      Candidates candidates,
      Organizations organizations,
      RuleBook rules,
      JdbcClient jdbc,
      Clock clock) {
    this.candidates = candidates;
    this.organizations = organizations;
    this.rules = rules;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The notice of a candidate: the record, the cell and the committee above it (whom to ask), how
   * many months the identifying data is kept after leaving without admission, and the days the
   * person was told.
   */
  public record Notice(
      Candidate candidate,
      OrganizationNode cell,
      OrganizationNode committee,
      int retentionMonths,
      LocalDate today,
      List<LocalDate> given) {

    public Optional<LocalDate> lastGiven() {
      return given.isEmpty() ? Optional.empty() : Optional.of(given.get(given.size() - 1));
    }
  }

  @Transactional(readOnly = true)
  public Notice of(long candidateId, OrganizationScope scope) {
    var candidate =
        candidates
            .find(candidateId, scope)
            .orElseThrow(() -> new NotFoundException("candidate.notFound"));
    LocalDate today = LocalDate.now(clock);
    var path = organizations.pathUpOn(candidate.person().cellId(), today, scope);
    return new Notice(
        candidate,
        path.isEmpty() ? null : path.get(0),
        path.size() < 2 ? null : path.get(1),
        rules.at(today, RuleKey.PRIVACY_LEFT_CANDIDATE_RETENTION_MONTHS).asInt(),
        today,
        given(candidateId));
  }

  /** The days the person was given the notice, oldest first. */
  @Transactional(readOnly = true)
  public List<LocalDate> given(long candidateId) {
    return jdbc.sql(
            """
            select noticed_on from candidate_privacy_notice where candidate_id = :id
            order by noticed_on, id
            """)
        .param("id", candidateId)
        .query(LocalDate.class)
        .list();
  }

  /** Records that the person was given the notice on the day (not later than today). */
  @Transactional
  public void given(long candidateId, LocalDate on, OrganizationScope scope, String by) {
    var candidate =
        candidates
            .find(candidateId, scope)
            .orElseThrow(() -> new NotFoundException("candidate.notFound"));
    scope.requireManager(candidate.person().cellId());
    LocalDate day = on == null ? LocalDate.now(clock) : on;
    if (day.isAfter(LocalDate.now(clock))) {
      throw RefusedException.forField("noticedOn", "privacy.notice.refused.future");
    }
    jdbc.sql(
            """
            insert into candidate_privacy_notice (candidate_id, noticed_on, recorded_by)
            values (:id, :on, :by)
            """)
        .param("id", candidateId)
        .param("on", day)
        .param("by", by)
        .update();
  }
}
