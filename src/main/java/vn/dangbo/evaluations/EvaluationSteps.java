package vn.dangbo.evaluations;

import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * committee's decision), each by the one whose step it is, in order, under the rules of the
 * period's last day, with the cap on "excellent".
 */
@Service
public class EvaluationSteps {

  private final JdbcClient jdbc;
  private final Evaluations evaluations;
  private final Organizations organizations;
  private final RuleBook rules;

  EvaluationSteps(
      JdbcClient jdbc, Evaluations evaluations, Organizations organizations, RuleBook rules) {
    this.jdbc = jdbc;
    this.evaluations = evaluations;
    this.organizations = organizations;
    this.rules = rules;
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
    if (step.previous() != null && !evaluation.steps().containsKey(step.previous())) {
      throw new RefusedException("evaluation.refused.order");
    }
    if (step.next() != null && evaluation.steps().containsKey(step.next())) {
      throw new RefusedException("evaluation.refused.laterStep");
    }
    var earlier = evaluation.steps().get(step);
    if (step == Step.SELF
        && evaluation.isMember()
        && earlier != null
        && !earlier.enteredBy().equals(by)
        && !scope.isOwnRecord(evaluation.memberId())) {
      // a self-assessment is the member's: someone else may enter it, not replace another's
      throw new RefusedException("evaluation.refused.selfOfAnother", earlier.enteredBy());
    }
    if (tooPrecise(assessment.generalPoints()) || tooPrecise(assessment.taskPoints())) {
      throw new RefusedException("evaluation.refused.number");
    }
    if (assessment.comment() != null && assessment.comment().length() > 2000) {
      throw new RefusedException("member.refused.tooLong");
    }
    if (outOfRange(assessment.exceedingPercent()) || outOfRange(assessment.latePercent())) {
      throw new RefusedException("evaluation.refused.percent");
    }
    var grading = Grading.at(rules, cycle.periodTo());
    Grade grade = grading.grade(!evaluation.isMember(), assessment);
    if (step == Step.DECISION && evaluation.isMember()) {
      checkCap(cycle, evaluation, grade);
    }
    int updated =
        jdbc.sql("update evaluation set version = version + 1 where id = :id and version = :v")
            .param("id", evaluationId)
            .param("v", version)
            .update();
    if (updated == 0) {
      throw new OptimisticLockingFailureException("evaluation " + evaluationId + " changed");
    }
    jdbc.sql(
            """
            insert into evaluation_step (evaluation_id, step, general_points, task_points,
              all_tasks_on_time, exceeding_percent, late_percent, disciplined, shortcomings_fixed,
              grade, comment, entered_by)
            values (:id, :step, :general, :tasks, :onTime, :exceeding, :late, :disciplined,
              :fixed, :grade, :comment, :by)
            on conflict (evaluation_id, step) do update set general_points = excluded.general_points,
              task_points = excluded.task_points, all_tasks_on_time = excluded.all_tasks_on_time,
              exceeding_percent = excluded.exceeding_percent, late_percent = excluded.late_percent,
              disciplined = excluded.disciplined, shortcomings_fixed = excluded.shortcomings_fixed,
              grade = excluded.grade, comment = excluded.comment, entered_by = excluded.entered_by,
              entered_at = now()
            """)
        .param("id", evaluationId)
        .param("step", step.name())
        .param("general", grading.scored() ? assessment.generalPoints() : null)
        .param("tasks", grading.scored() ? assessment.taskPoints() : null)
        .param("onTime", assessment.allTasksOnTime())
        .param("exceeding", assessment.exceedingPercent())
        .param("late", assessment.latePercent())
        .param("disciplined", assessment.disciplined())
        .param("fixed", assessment.shortcomingsFixed())
        .param("grade", grade.name())
        .param(
            "comment",
            assessment.comment() == null || assessment.comment().isBlank()
                ? null
                : assessment.comment().strip())
        .param("by", by)
        .update();
    return grade;
  }

  /** Points are kept to one decimal (a half point); more would be rounded away unseen. */
  private static boolean tooPrecise(java.math.BigDecimal points) {
    return points != null && points.stripTrailingZeros().scale() > 1;
  }

  private static boolean outOfRange(Integer percent) {
    return percent != null && (percent < 0 || percent > 100);
  }

  private void checkCap(EvaluationCycle cycle, Evaluation evaluation, Grade grade) {
    var cap = evaluations.cap(cycle, evaluation.id());
    int good = cap.good() + (grade == Grade.GOOD ? 1 : 0);
    int excellent = cap.excellent() + (grade == Grade.EXCELLENT ? 1 : 0);
    int allowed = good * cap.percent() / 100;
    if (excellent > allowed && (grade == Grade.EXCELLENT || evaluation.decided() == Grade.GOOD)) {
      throw rules
          .at(cycle.periodTo(), RuleKey.EVALUATION_EXCELLENT_CAP_PERCENT_OF_GOOD)
          .refusal("evaluation.refused.cap", excellent, allowed, good);
    }
  }
}
