package vn.dangbo.evaluations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.Organizations;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * The three steps of an evaluation (the member's self-assessment, the cell's proposal, the
 * committee's decision), each by the one whose step it is: the service checks who may record the
 * step, the {@link Evaluation} judges it under the rules of the period's last day, with the cap on
 * "excellent", and {@link EvaluationRepository} stores it.
 */
@Service
public class EvaluationSteps {

  private final EvaluationRepository repository;
  private final Evaluations evaluations;
  private final Organizations organizations;
  private final RuleBook rules;
  private final Clock clock;

  EvaluationSteps(
      EvaluationRepository repository,
      Evaluations evaluations,
      Organizations organizations,
      RuleBook rules,
      Clock clock) {
    this.repository = repository;
    this.evaluations = evaluations;
    this.organizations = organizations;
    this.rules = rules;
    this.clock = clock;
  }

  /** Whether the user may record the step of the evaluation now. */
  public boolean mayRecord(
      EvaluationCycle cycle, Evaluation evaluation, Step step, OrganizationScope scope) {
    if (cycle.closed()) {
      return false;
    }
    if (evaluation.isMember()) {
      return switch (step) {
        case SELF ->
            scope.isOwnRecord(evaluation.memberId())
                || (scope.personalRecords() && scope.canManage(evaluation.cellId()));
        case PROPOSAL -> scope.personalRecords() && scope.canManage(evaluation.cellId());
        case DECISION -> scope.personalRecords() && scope.canManage(cycle.organizationId());
      };
    }
    if (step == Step.SELF) {
      return scope.canManage(evaluation.organizationId());
    }
    if (evaluation.organizationId() == cycle.organizationId()) {
      return organizations
          .findOn(cycle.organizationId(), cycle.periodTo(), OrganizationScope.all())
          .map(o -> o.parentId() != null && scope.canManage(o.parentId()))
          .orElse(false);
    }
    return scope.canManage(cycle.organizationId());
  }

  /**
   * Records a step: by the one whose step it is, in order (each step after the one before, and not
   * once a later step is recorded), under the rules of the period's last day; the decision on a
   * member keeps the cycle within the cap on "excellent".
   */
  @Transactional
  public Grade record(
      long evaluationId,
      Step step,
      int version,
      Assessment assessment,
      OrganizationScope scope,
      String by) {
    if (step == null || assessment == null) {
      throw new RefusedException("evaluation.refused.incomplete");
    }
    var evaluation =
        evaluations
            .row(evaluationId, scope)
            .map(e -> evaluations.withSteps(null, List.of(e)).get(0))
            .orElseThrow(() -> new NotFoundException("evaluation.notFound"));
    var cycle = evaluations.lockCycle(evaluation.cycleId());
    if (cycle.closed()) {
      throw new RefusedException("evaluation.refused.closed");
    }
    if (!mayRecord(cycle, evaluation, step, scope)) {
      throw new ForbiddenException("evaluation.forbidden.step");
    }
    var recorded =
        evaluation.record(
            step,
            assessment,
            Grading.at(rules, cycle.periodTo()),
            () ->
                new Evaluation.CapInForce(
                    evaluations.cap(cycle, evaluation.id()),
                    rules.at(cycle.periodTo(), RuleKey.EVALUATION_EXCELLENT_CAP_PERCENT_OF_GOOD)),
            by,
            evaluation.isMember() && scope.isOwnRecord(evaluation.memberId()),
            LocalDate.now(clock));
    repository.saveStep(evaluationId, version, recorded);
    return recorded.grade();
  }
}
