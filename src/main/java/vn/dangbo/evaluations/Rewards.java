package vn.dangbo.evaluations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.PartyDates;
import vn.dangbo.shared.RefusedException;

/**
 * Rewards (khen thưởng) recorded against members and organisations: the form (a certificate of
 * merit, say), who issued it, the decision, the year it rewards. Recorded by those who manage the
 * member's cell or the organisation; seen by those who see them.
 */
@Service
public class Rewards {

  /** One reward. */
  public record Reward(
      long id,
      Long memberId,
      Long organizationId,
      int year,
      String title,
      String issuer,
      String decisionNumber,
      LocalDate decisionDate,
      String reason) {}

  /** What is asked for when recording a reward: a member or an organisation, not both. */
  public record RewardRequest(
      Long memberId,
      Long organizationId,
      Integer year,
      String title,
      String issuer,
      String decisionNumber,
      LocalDate decisionDate,
      String reason) {}

  private final JdbcClient jdbc;
  private final MemberStatistics statistics;
  private final Clock clock;

  Rewards(JdbcClient jdbc, MemberStatistics statistics, Clock clock) {
    this.jdbc = jdbc;
    this.statistics = statistics;
    this.clock = clock;
  }

  @Transactional
  public long add(RewardRequest request, OrganizationScope scope, String by) {
    if ((request.memberId() == null) == (request.organizationId() == null)
        || request.year() == null
        || blank(request.title())
        || blank(request.issuer())) {
      throw new RefusedException("reward.refused.incomplete");
    }
    long unit = unitOf(request.memberId(), request.organizationId());
    scope.requireManager(unit);
    if (!scope.personalRecords()) {
      throw new NotFoundException("member.notFound");
    }
    int thisYear = LocalDate.now(clock).getYear();
    if (request.year() < 1930 || request.year() > thisYear) {
      throw new RefusedException("reward.refused.year");
    }
    if (request.decisionDate() != null && request.decisionDate().isAfter(LocalDate.now(clock))) {
      throw new RefusedException("reward.refused.year");
    }
    PartyDates.requireSinceFounding("decisionDate", request.decisionDate());
    if (request.title().length() > 200
        || request.issuer().length() > 200
        || (request.decisionNumber() != null && request.decisionNumber().length() > 50)
        || (request.reason() != null && request.reason().length() > 1000)) {
      throw new RefusedException("member.refused.tooLong");
    }
    return jdbc.sql(
            """
            insert into reward (member_id, organization_id, year, title, issuer, decision_number,
              decision_date, reason, entered_by)
            values (:member, :org, :year, :title, :issuer, :number, :date, :reason, :by)
            returning id
            """)
        .param("member", request.memberId())
        .param("org", request.organizationId())
        .param("year", request.year())
        .param("title", request.title().strip())
        .param("issuer", request.issuer().strip())
        .param("number", blank(request.decisionNumber()) ? null : request.decisionNumber().strip())
        .param("date", request.decisionDate())
        .param("reason", blank(request.reason()) ? null : request.reason().strip())
        .param("by", by)
        .query(Long.class)
        .single();
  }

  /** A member's rewards, newest first: for those who see the member's records, and the member. */
  @Transactional(readOnly = true)
  public List<Reward> ofMember(long memberId, OrganizationScope scope) {
    long cell = unitOf(memberId, null);
    if (!scope.isOwnRecord(memberId) && !(scope.canSee(cell) && scope.personalRecords())) {
      throw new NotFoundException("member.notFound");
    }
    return list(true, memberId);
  }

  /** An organisation's rewards, newest first. */
  @Transactional(readOnly = true)
  public List<Reward> ofOrganization(long organizationId, OrganizationScope scope) {
    if (!scope.canSee(organizationId)) {
      throw new NotFoundException("organization.notFound");
    }
    return list(false, organizationId);
  }

  private List<Reward> list(boolean ofMember, long id) {
    return jdbc.sql(
            "select * from reward where "
                + (ofMember ? "member_id" : "organization_id")
                + " = :id order by year desc, decision_date desc nulls last, id desc")
        .param("id", id)
        .query(
            (rs, n) ->
                new Reward(
                    rs.getLong("id"),
                    (Long) rs.getObject("member_id"),
                    (Long) rs.getObject("organization_id"),
                    rs.getInt("year"),
                    rs.getString("title"),
                    rs.getString("issuer"),
                    rs.getString("decision_number"),
                    rs.getObject("decision_date", LocalDate.class),
                    rs.getString("reason")))
        .list();
  }

  /** The member's cell today (or when they last had one), or the organisation itself. */
  private long unitOf(Long memberId, Long organizationId) {
    if (organizationId != null) {
      return organizationId;
    }
    return statistics
        .placementOn(memberId, LocalDate.now(clock))
        .map(MemberStatistics.Placement::cellId)
        .orElseThrow(() -> new NotFoundException("member.notFound"));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
