package vn.dangbo.evaluations;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.dangbo.rules.Rule;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.RefusedException;

/**
 * The grade an assessment earns under the rules in force: on the 100-point scale of QĐ 366-QĐ/TW,
 * excellent from 90 points with every task on time and enough exceeding requirements (and, for an
 * organisation, nobody disciplined), good from 70 with every task on time, completed from 50 (for
 * an organisation, few tasks behind schedule), otherwise not completed. Under the earlier rules,
 * without points, the grade is chosen by the criteria.
 */
public record Grading(
    Rule scale, Rule generalMax, Rule minPoints, Rule minExceeding, Rule maxLate) {

  /**
   * The rules in force on the day (the last day of the evaluated period). The point thresholds
   * exist only where there is a point scale (from QĐ 366-QĐ/TW, 30/8/2025): without one they are
   * not read.
   */
  public static Grading at(RuleBook rules, LocalDate day) {
    var scale = rules.at(day, RuleKey.EVALUATION_POINTS_SCALE);
    if (scale.asInt() == 0) {
      return new Grading(scale, null, null, null, null);
    }
    return new Grading(
        scale,
        rules.at(day, RuleKey.EVALUATION_GENERAL_MAX_POINTS),
        rules.at(day, RuleKey.EVALUATION_GRADE_MIN_POINTS),
        rules.at(day, RuleKey.EVALUATION_EXCELLENT_MIN_EXCEEDING_PERCENT),
        rules.at(day, RuleKey.EVALUATION_COLLECTIVE_MAX_LATE_PERCENT));
  }

  /** Whether grades are earned by points (otherwise chosen by criteria). */
  public boolean scored() {
    return scale.asInt() > 0;
  }

  /** The most points of the task results. */
  public int taskMax() {
    return scale.asInt() - generalMax.asInt();
  }

  /**
   * The grade of the step: the one the points and conditions earn, or a lower one given with a
   * reason; without a point scale, the one chosen.
   */
  public Grade grade(boolean organization, Assessment a) {
    if (!scored()) {
      if (a.grade() == null) {
        throw scale.refusal("evaluation.refused.gradeNeeded");
      }
      return a.grade();
    }
    if (a.generalPoints() == null || a.taskPoints() == null) {
      throw scale.refusal("evaluation.refused.pointsNeeded");
    }
    if (a.generalPoints().signum() < 0 || a.generalPoints().compareTo(points(generalMax)) > 0) {
      throw generalMax.refusal("evaluation.refused.generalPoints");
    }
    if (a.taskPoints().signum() < 0
        || a.taskPoints().compareTo(BigDecimal.valueOf(taskMax())) > 0) {
      throw scale.refusal("evaluation.refused.taskPoints", taskMax());
    }
    Grade earned = earned(organization, a);
    if (a.grade() == null || a.grade() == earned) {
      return earned;
    }
    if (a.grade().betterThan(earned)) {
      throw minPoints.refusal(
          "evaluation.refused.gradeAboveEarned", a.grade().label(), earned.label());
    }
    if (a.comment() == null || a.comment().isBlank()) {
      throw new RefusedException("evaluation.refused.lowerNeedsReason");
    }
    return a.grade();
  }

  /** The grade the points and conditions earn. */
  public Grade earned(boolean organization, Assessment a) {
    var min = minPoints.asInts();
    BigDecimal total = a.total();
    int exceeding = a.exceedingPercent() == null ? 0 : a.exceedingPercent();
    int late = a.latePercent() == null ? 0 : a.latePercent();
    if (total.compareTo(BigDecimal.valueOf(min.get(0))) >= 0
        && a.allTasksOnTime()
        && exceeding >= minExceeding.asInt()
        && a.shortcomingsFixed()
        && !(organization && a.disciplined())) {
      return Grade.EXCELLENT;
    }
    if (total.compareTo(BigDecimal.valueOf(min.get(1))) >= 0 && a.allTasksOnTime()) {
      return Grade.GOOD;
    }
    if (total.compareTo(BigDecimal.valueOf(min.get(2))) >= 0
        && (!organization || late <= maxLate.asInt())) {
      return Grade.COMPLETED;
    }
    return Grade.NOT_COMPLETED;
  }

  private static BigDecimal points(Rule rule) {
    return BigDecimal.valueOf(rule.asInt());
  }
}
