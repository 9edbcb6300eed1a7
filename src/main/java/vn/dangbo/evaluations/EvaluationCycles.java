package vn.dangbo.evaluations;

import java.time.LocalDate;
import java.util.ArrayList;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.RefusedException;

/**
 * The life of an evaluation cycle: opened for a grassroots organisation with everyone it evaluates,
 * refreshed with those who joined since, closed once everyone is decided.
 */
@Service
public class EvaluationCycles {

  private final JdbcClient jdbc;
  private final Evaluations evaluations;
  private final Organizations organizations;
  private final MemberStatistics statistics;

  EvaluationCycles(
      JdbcClient jdbc,
      Evaluations evaluations,
      Organizations organizations,
      MemberStatistics statistics) {
    this.jdbc = jdbc;
    this.evaluations = evaluations;
    this.organizations = organizations;
    this.statistics = statistics;
  }

  /** Opens a cycle for a grassroots organisation the user manages, with everyone it evaluates. */
  @Transactional
  public long open(Evaluations.CycleRequest request, OrganizationScope scope, String by) {
    if (request.organizationId() == null
        || request.periodKind() == null
        || request.year() == null) {
      throw new RefusedException("evaluation.refused.incomplete");
    }
    scope.requireManager(request.organizationId());
    int year = request.year();
    if (year < 1930 || year > 2200) {
      throw new RefusedException("evaluation.refused.period");
    }
    LocalDate from;
    LocalDate to;
    switch (request.periodKind()) {
      case YEAR -> {
        from = LocalDate.of(year, 1, 1);
        to = LocalDate.of(year, 12, 31);
      }
      case QUARTER -> {
        if (request.quarter() == null || request.quarter() < 1 || request.quarter() > 4) {
          throw new RefusedException("evaluation.refused.period");
        }
        from = LocalDate.of(year, request.quarter() * 3 - 2, 1);
        to = from.plusMonths(3).minusDays(1);
      }
      default -> {
        from = request.periodFrom();
        to = request.periodTo();
        if (from == null || to == null || to.isBefore(from) || from.getYear() != year) {
          throw new RefusedException("evaluation.refused.period");
        }
      }
    }
    var organization =
        organizations
            .findOn(request.organizationId(), to, scope)
            .orElseThrow(() -> new RefusedException("evaluation.refused.noOrganization"));
    if (!organization.grassroots()) {
      throw new RefusedException("evaluation.refused.notGrassroots");
    }
    String title =
        request.title() == null || request.title().isBlank()
            ? organization.name() + " · " + year
            : request.title().strip();
    if (title.length() > 200) {
      throw new RefusedException("member.refused.tooLong");
    }
    long id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into evaluation_cycle (organization_id, period_kind, year, quarter, title,
                    period_from, period_to, self_due, proposal_due, decision_due, created_by)
                  values (:org, :kind, :year, :quarter, :title, :from, :to, :selfDue,
                    :proposalDue, :decisionDue, :by)
                  returning id
                  """)
              .param("org", organization.id())
              .param("kind", request.periodKind().name())
              .param("year", year)
              .param(
                  "quarter", request.periodKind() == PeriodKind.QUARTER ? request.quarter() : null)
              .param("title", title)
              .param("from", from)
              .param("to", to)
              .param("selfDue", request.selfDue())
              .param("proposalDue", request.proposalDue())
              .param("decisionDue", request.decisionDue())
              .param("by", by)
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw new RefusedException("evaluation.refused.duplicateCycle");
    }
    addSubjects(id, organization, to);
    return id;
  }

  /**
   * Adds whoever the cycle evaluates and does not list yet (a member admitted since it opened), as
   * of the last day of the period or today, whichever comes first. Nobody is removed.
   */
  @Transactional
  public int refresh(long cycleId, LocalDate today, OrganizationScope scope) {
    var cycle = evaluations.openCycle(cycleId, scope);
    scope.requireManager(cycle.organizationId());
    LocalDate day = cycle.periodTo().isBefore(today) ? cycle.periodTo() : today;
    var organization =
        organizations
            .findOn(cycle.organizationId(), day, OrganizationScope.all())
            .orElseThrow(() -> new RefusedException("evaluation.refused.noOrganization"));
    return addSubjects(cycleId, organization, day);
  }

  private int addSubjects(long cycleId, OrganizationNode organization, LocalDate day) {
    var units = new ArrayList<OrganizationNode>();
    units.add(organization);
    units.addAll(organizations.descendantsOn(organization.id(), day));
    int added = 0;
    for (var unit : units) {
      added +=
          jdbc.sql(
                  """
                  insert into evaluation (cycle_id, organization_id, cell_id)
                  values (:cycle, :org, :org) on conflict do nothing
                  """)
              .param("cycle", cycleId)
              .param("org", unit.id())
              .update();
      if (!unit.isCell()) {
        continue;
      }
      for (var member : statistics.membersOn(unit.id(), day)) {
        if (Evaluations.EVALUATED.contains(member.status())) {
          added +=
              jdbc.sql(
                      """
                      insert into evaluation (cycle_id, member_id, cell_id)
                      values (:cycle, :member, :cell) on conflict do nothing
                      """)
                  .param("cycle", cycleId)
                  .param("member", member.memberId())
                  .param("cell", unit.id())
                  .update();
        }
      }
    }
    return added;
  }

  /** Closes a cycle once everyone is decided; nothing changes afterwards. */
  @Transactional
  public void close(long cycleId, OrganizationScope scope) {
    var cycle = evaluations.openCycle(cycleId, scope);
    scope.requireManager(cycle.organizationId());
    long undecided =
        jdbc.sql(
                """
                select count(*) from evaluation e where e.cycle_id = :cycle and not exists (
                  select 1 from evaluation_step s where s.evaluation_id = e.id
                  and s.step = 'DECISION')
                """)
            .param("cycle", cycleId)
            .query(Long.class)
            .single();
    if (undecided > 0) {
      throw new RefusedException("evaluation.refused.undecided", undecided);
    }
    jdbc.sql("update evaluation_cycle set closed = true, version = version + 1 where id = :id")
        .param("id", cycleId)
        .update();
  }
}
