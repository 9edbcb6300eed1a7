package vn.dangbo.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.Members;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.PartyDates;
import vn.dangbo.shared.RefusedException;

/**
 * What a member's dues are computed from, and the exemptions and reductions decided for them: a
 * change of basis applies from the month after it is recorded (or later), a relief covers at most
 * the months the rules allow, at a percentage the rules list (or 100 for an exemption).
 */
@Service
public class DuesDecisions {

  private final DuesRepository repository;
  private final Members members;
  private final RuleBook rules;
  private final Clock clock;

  DuesDecisions(DuesRepository repository, Members members, RuleBook rules, Clock clock) {
    this.repository = repository;
    this.members = members;
    this.rules = rules;
    this.clock = clock;
  }

  /** A member's basis from a month on; {@code from} null means next month. */
  public record BasisRequest(YearMonth from, IncomeKind kind, Long declared, Long voluntary) {}

  /** An exemption (percent 100) or reduction, for the months from {@code from} to {@code to}. */
  public record ReliefRequest(
      int percent,
      YearMonth from,
      YearMonth to,
      String decisionNumber,
      LocalDate decisionDate,
      String decidedBy,
      String reason) {}

  /** Records the member's basis; a change applies from next month at the earliest. */
  @Transactional
  public void setBasis(long memberId, BasisRequest request, OrganizationScope scope, String by) {
    requireManaged(memberId, scope);
    if (request == null || request.kind() == null) {
      throw RefusedException.forField("kind", "dues.refused.kind");
    }
    YearMonth next = YearMonth.now(clock).plusMonths(1);
    YearMonth from = request.from() == null ? next : request.from();
    if (from.isBefore(next)) {
      throw RefusedException.forField("from", "dues.refused.basisFrom");
    }
    Long declared = request.declared();
    if (request.kind().declared() && (declared == null || declared <= 0)) {
      throw RefusedException.forField("declared", "dues.refused.declaredMissing");
    }
    long voluntary = request.voluntary() == null ? 0 : request.voluntary();
    if (voluntary < 0
        || voluntary > 100_000_000L
        || declared != null && declared > 10_000_000_000L) {
      throw RefusedException.forField("voluntary", "dues.refused.amount");
    }
    repository.saveBasis(
        memberId,
        new DuesBasis(from, request.kind(), request.kind().declared() ? declared : null, voluntary),
        by);
  }

  /** Records an exemption or a reduction decided on the member's application. */
  @Transactional
  public long relieve(long memberId, ReliefRequest request, OrganizationScope scope, String by) {
    requireManaged(memberId, scope);
    if (request == null
        || request.from() == null
        || request.to() == null
        || request.decisionDate() == null
        || request.decisionNumber() == null
        || request.decisionNumber().isBlank()) {
      throw new RefusedException("dues.refused.reliefIncomplete");
    }
    PartyDates.requireSinceFounding("decisionDate", request.decisionDate());
    LocalDate day = request.from().atDay(1);
    var percents = rules.at(day, RuleKey.DUES_RELIEF_REDUCTION_PERCENTS);
    if (request.percent() != 100 && !percents.asInts().contains(request.percent())) {
      throw percents.refusal("dues.refused.reliefPercent");
    }
    var longest = rules.at(day, RuleKey.DUES_RELIEF_MAX_MONTHS);
    long months = request.from().until(request.to(), java.time.temporal.ChronoUnit.MONTHS) + 1;
    if (months < 1 || months > longest.asInt()) {
      throw longest.refusal("dues.refused.reliefLength");
    }
    if (request.decisionDate().isAfter(LocalDate.now(clock))
        || text(request.decisionNumber(), 60)
        || text(request.decidedBy(), 200)
        || text(request.reason(), 1000)) {
      throw new RefusedException("dues.refused.tooLong");
    }
    return repository.addRelief(
        memberId,
        new Relief(
            0,
            request.percent(),
            request.from(),
            request.to(),
            request.decisionNumber().strip(),
            request.decisionDate(),
            request.decidedBy(),
            request.reason()),
        by);
  }

  /**
   * Records the minimum-wage region of an organisation (a commune, usually) from a day, with its
   * legal basis; by someone who manages the organisation.
   */
  @Transactional
  public void setRegion(
      long organizationId,
      LocalDate from,
      int region,
      String legalBasis,
      boolean unconfirmed,
      OrganizationScope scope) {
    scope.requireManager(organizationId);
    if (from == null
        || from.getYear() < 1930
        || legalBasis != null && legalBasis.length() > 1000
        || region < 1
        || region > 4
        || legalBasis == null
        || legalBasis.isBlank()) {
      throw new RefusedException("dues.refused.region");
    }
    repository.setRegion(organizationId, from, region, legalBasis.strip(), unconfirmed);
  }

  /** The region recorded for the organisation itself today, for whoever may see it. */
  @Transactional(readOnly = true)
  public java.util.Optional<WageRegion> region(long organizationId, OrganizationScope scope) {
    if (!scope.canSee(organizationId)) {
      throw new NotFoundException("organization.notFound");
    }
    return repository.regionOn(organizationId, LocalDate.now(clock));
  }

  private void requireManaged(long memberId, OrganizationScope scope) {
    var member =
        members.find(memberId, scope).orElseThrow(() -> new NotFoundException("member.notFound"));
    scope.requireManager(member.record().cellId());
  }

  private static boolean text(String value, int max) {
    return value != null && value.length() > max;
  }
}
