package vn.dangbo.evaluations;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import vn.dangbo.rules.Rule;
import vn.dangbo.shared.RefusedException;

/**
 * One member or organisation evaluated in a cycle, with the steps recorded so far.
 *
 * @param cellId the member's cell, or the organisation itself: what scopes the evaluation
 * @param removalReview the decided grade is "not completed" for as many years in a row as the rule
 *     names: grounds for a removal review
 */
public record Evaluation(
    long id,
    long cycleId,
    Long memberId,
    Long organizationId,
    long cellId,
    String name,
    String cellName,
    int version,
    Map<Step, Recorded> steps,
    boolean removalReview) {

  /** A recorded step: what was assessed, the grade that follows, who entered it and when. */
  public record Recorded(
      Step step, Assessment assessment, Grade grade, String enteredBy, LocalDate enteredOn) {

    @JsonProperty
    public BigDecimal total() {
      return assessment.total();
    }
  }

  /** The cap on "excellent" with the grades decided for the cycle's other members, and its rule. */
  record CapInForce(Cap cap, Rule rule) {}

  public boolean isMember() {
    return memberId != null;
  }

  /** The committee's grade, or null before the decision. */
  @JsonProperty
  public Grade decided() {
    var decision = steps.get(Step.DECISION);
    return decision == null ? null : decision.grade();
  }

  /** The next step to record, or null once decided. */
  public Step nextStep() {
    for (var step : Step.values()) {
      if (!steps.containsKey(step)) {
        return step;
      }
    }
    return null;
  }

  /**
   * The step recorded with the grade its assessment earns under the period's rules ({@code
   * grading}): in order (after the step before, not once the step after is recorded), a member's
   * self-assessment not replacing another person's unless the member enters it ({@code
   * byTheMember}), points to a half point, percentages from 0 to 100, a comment of at most 2000
   * characters, and a decision on a member within the cap on "excellent" ({@code othersDecided}:
   * the cap with the grades decided for the cycle's other members, read only for such a decision).
   */
  Recorded record(
      Step step,
      Assessment assessment,
      Grading grading,
      Supplier<CapInForce> othersDecided,
      String by,
      boolean byTheMember,
      LocalDate today) {
    if (step == null || assessment == null) {
      throw new RefusedException("evaluation.refused.incomplete");
    }
    if (step.previous() != null && !steps.containsKey(step.previous())) {
      throw new RefusedException("evaluation.refused.order");
    }
    if (step.next() != null && steps.containsKey(step.next())) {
      throw new RefusedException("evaluation.refused.laterStep");
    }
    var earlier = steps.get(step);
    if (step == Step.SELF
        && isMember()
        && earlier != null
        && !earlier.enteredBy().equals(by)
        && !byTheMember) {
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
    Grade grade = grading.grade(!isMember(), assessment);
    if (step == Step.DECISION && isMember()) {
      var inForce = othersDecided.get();
      var cap = inForce.cap();
      int good = cap.good() + (grade == Grade.GOOD ? 1 : 0);
      int excellent = cap.excellent() + (grade == Grade.EXCELLENT ? 1 : 0);
      int allowed = good * cap.percent() / 100;
      if (excellent > allowed && (grade == Grade.EXCELLENT || decided() == Grade.GOOD)) {
        throw inForce.rule().refusal("evaluation.refused.cap", excellent, allowed, good);
      }
    }
    var kept =
        new Assessment(
            grading.scored() ? assessment.generalPoints() : null,
            grading.scored() ? assessment.taskPoints() : null,
            assessment.allTasksOnTime(),
            assessment.exceedingPercent(),
            assessment.latePercent(),
            assessment.disciplined(),
            assessment.shortcomingsFixed(),
            assessment.grade(),
            assessment.comment() == null || assessment.comment().isBlank()
                ? null
                : assessment.comment().strip());
    return new Recorded(step, kept, grade, by, today);
  }

  /** Points are kept to one decimal (a half point); more would be rounded away unseen. */
  private static boolean tooPrecise(BigDecimal points) {
    return points != null && points.stripTrailingZeros().scale() > 1;
  }

  private static boolean outOfRange(Integer percent) {
    return percent != null && (percent < 0 || percent > 100);
  }
}
